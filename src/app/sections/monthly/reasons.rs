//! The rejection reasons of one SLA period as rows: a reason (text, an edit) and its count (a
//! registry number field, `actuals.sla.records.#.rejection_reasons.#.count`), rows added and
//! removed with buttons. They feed the sales clauses' report and the monthly report.

use crate::app::ctx::Ctx;
use crate::app::widgets::fill;
use crate::browser::focus::focus_within;
use crate::engine::actuals::compliance::MAX_REASONS;
use crate::state::edits::Edit;
use crate::state::monthly::MonthlyEdit;
use crate::state::registry::MAX_NAME_LEN;
use crate::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReasonProps {
    pub ctx: Ctx,
    /// The SLA period shown, and its index in the records (the fields' paths).
    pub period: u32,
    pub index: usize,
}

#[function_component(ReasonRows)]
pub fn reason_rows(props: &ReasonProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang();
    let (period, i) = (props.period, props.index);
    let rows = ctx.state.plan.actuals.sla.records.get(i).filter(|r| r.period == period);
    let rows = rows.map_or(&[][..], |r| &r.rejection_reasons[..]);
    let root = use_node_ref();
    // After "Add", the new row's reason takes the focus (keyboard users type on at once).
    let focus_last = use_mut_ref(|| false);
    {
        let (root, focus_last, len) = (root.clone(), focus_last.clone(), rows.len());
        use_effect_with(len, move |len| {
            if std::mem::take(&mut *focus_last.borrow_mut()) && *len > 0 {
                focus_within(&root, &format!("fp-sla-reason-{}", len - 1));
            }
        });
    }
    let dispatch = ctx.dispatch.clone();
    let edit = move |e: MonthlyEdit| Action::Edit(Edit::Monthly(e));
    let items = rows.iter().enumerate().map(|(j, row)| {
        let id = format!("fp-sla-reason-{j}");
        let n = (j + 1).to_string();
        let on_text = dispatch.reform(move |e: Event| {
            let el: web_sys::HtmlInputElement = e.target_unchecked_into();
            edit(MonthlyEdit::SetReason { period, index: j, reason: el.value() })
        });
        let on_remove = dispatch.reform(move |_: MouseEvent| edit(MonthlyEdit::RemoveReason { period, index: j }));
        let named = if row.reason.is_empty() { fill(lang.pick("motif {}", "reason {}"), &[&n]) } else { row.reason.clone() };
        let count_label = fill(lang.pick("Nombre — {}", "Count — {}"), &[&named]);
        html! {
            <li class="fp-reasons__row" key={j}>
                <div class="fp-field fp-reasons__text">
                    <label class="fp-field__label" for={id.clone()}>{ fill(lang.pick("Motif {}", "Reason {}"), &[&n]) }</label>
                    <input id={id} class="fp-field__input" type="text" value={row.reason.clone()}
                        maxlength={MAX_NAME_LEN.to_string()} onchange={on_text} />
                </div>
                <div class="fp-reasons__count">
                    { ctx.bound_number(&format!("actuals.sla.records.{i}.rejection_reasons.{j}.count"), count_label.into(),
                        lang.pick("Leads rejetés pour ce motif.", "Leads rejected for this reason.").into()) }
                </div>
                <button type="button" class="fp-btn fp-btn--ghost fp-reasons__remove" id={format!("fp-sla-reason-remove-{j}")}
                    aria-label={fill(lang.pick("Retirer le motif {}", "Remove reason {}"), &[&named])} onclick={on_remove}>
                    { lang.pick("Retirer", "Remove") }</button>
            </li>
        }
    });
    let on_add = {
        let (dispatch, focus_last) = (ctx.dispatch.clone(), focus_last.clone());
        Callback::from(move |_: MouseEvent| {
            *focus_last.borrow_mut() = true;
            dispatch.emit(edit(MonthlyEdit::AddReason(period)));
        })
    };
    html! {
        <fieldset class="fp-fieldset fp-reasons" ref={root}>
            <legend class="fp-field__label">{ lang.pick("Motifs de rejet", "Rejection reasons") }</legend>
            if rows.is_empty() {
                <p class="fp-field__help">{ lang.pick("Aucun motif saisi pour cette période.", "No reason recorded for this period.") }</p>
            }
            <ul class="fp-reasons__list" id="fp-sla-reasons">{ for items }</ul>
            <button type="button" class="fp-btn" id="fp-sla-reason-add" disabled={rows.len() >= MAX_REASONS} onclick={on_add}>
                { lang.pick("Ajouter un motif", "Add a reason") }</button>
        </fieldset>
    }
}
