//! One source of the list: name, owner, its part of the goal as a share or a fixed amount,
//! move up / move down / remove buttons naming the source, and its optional own figures.

use super::overrides::overrides;
use crate::app::ctx::Ctx;
use crate::app::widgets::fill;
use crate::engine::sources::{GoalShare, Owner};
use crate::engine::Decimal;
use crate::i18n::sources::{owner_label, source_name};
use crate::i18n::Lang;
use crate::state::edits::{Edit, SourceEdit};
use crate::state::registry::MAX_NAME_LEN;
use crate::state::Action;
use yew::prelude::*;

fn owner_code(owner: Owner) -> &'static str {
    match owner {
        Owner::Marketing => "marketing",
        Owner::SalesOutbound => "sales_outbound",
        Owner::Partners => "partners",
    }
}

fn action_label(lang: Lang, verb: (&'static str, &'static str), name: &str) -> String {
    fill(lang.pick("{} la source « {} »", "{} source “{}”"), &[lang.pick(verb.0, verb.1), name])
}

/// The part the switch starts from: the source's current target in the other form, so
/// switching keeps its figures (its revenue target, or that target's share of the goal).
fn switched(ctx: &Ctx, i: usize, to_amount: bool) -> GoalShare {
    let report = ctx.report();
    let goal = report.and_then(|r| r.sources.sources.get(i)).map(|s| s.goal).unwrap_or(Decimal::ZERO);
    if to_amount {
        return GoalShare::Amount(goal.round_to(2));
    }
    let whole = report.map(|r| r.revenue.new_business_goal).unwrap_or(Decimal::ZERO);
    GoalShare::Share(goal.checked_div(whole).map_or(Decimal::ZERO, |s| s.round_to(4)))
}

pub fn source_row(ctx: &Ctx, i: usize) -> Html {
    let lang = ctx.lang();
    let sources = &ctx.state.plan.sources;
    let Some(source) = sources.get(i) else { return Html::default() };
    let count = sources.len();
    let id = |part: &str| format!("fp-source-{i}-{part}");
    let shown = source_name(lang, source);
    let edit = move |e: SourceEdit| Action::Edit(Edit::Source(e));
    let on_name = ctx.dispatch.reform(move |e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        edit(SourceEdit::Rename(i, input.value()))
    });
    let on_owner = ctx.dispatch.reform(move |e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        let owner = Owner::ALL.into_iter().find(|o| owner_code(*o) == select.value()).unwrap_or_default();
        edit(SourceEdit::SetOwner(i, owner))
    });
    let is_amount = matches!(source.share, GoalShare::Amount(_));
    let kind_radio = |amount: bool, label: &'static str| {
        let share = switched(ctx, i, amount);
        let on_change = ctx.dispatch.reform(move |_: Event| edit(SourceEdit::SetShare(i, share)));
        let radio_id = id(if amount { "kind-amount" } else { "kind-share" });
        html! {
            <label class="fp-choice__option" for={radio_id.clone()}>
                <input id={radio_id} type="radio" name={id("kind")} checked={amount == is_amount} onchange={on_change} />
                { label }
            </label>
        }
    };
    let share_field = if is_amount {
        ctx.bound_number(
            &format!("sources.{i}.share.amount"),
            lang.pick("Montant de chiffre d'affaires", "Revenue amount").into(),
            lang.pick(
                "Fixe, pris sur l'objectif de nouveaux clients avant les pourcentages.",
                "Fixed, taken from the new-business goal before the percentages.",
            )
            .into(),
        )
    } else {
        ctx.bound_number(
            &format!("sources.{i}.share.share"),
            lang.pick("Part de l'objectif", "Share of the goal").into(),
            lang.pick(
                "De ce que laissent les montants fixes ; les parts font 100 % au total.",
                "Of what the fixed amounts leave; the shares add up to 100 %.",
            )
            .into(),
        )
    };
    let owner_option = |owner: Owner| {
        html! { <option value={owner_code(owner)} selected={source.owner == owner}>{ owner_label(lang, owner) }</option> }
    };
    let on_up =
        ctx.dispatch.reform(move |_: MouseEvent| edit(SourceEdit::Move { from: i, to: i.saturating_sub(1) }));
    let on_down = ctx.dispatch.reform(move |_: MouseEvent| edit(SourceEdit::Move { from: i, to: i + 1 }));
    let on_remove = ctx.dispatch.reform(move |_: MouseEvent| edit(SourceEdit::Remove(i)));
    let position = fill(
        lang.pick("Source {} sur {}", "Source {} of {}"),
        &[&ctx.count(i as u64 + 1), &ctx.count(count as u64)],
    );
    html! {
        <li class="fp-stage fp-source">
            <fieldset class="fp-stage__set">
                <legend class="fp-stage__legend">{ position }{ " · " }{ shown.clone() }</legend>
                <div class="fp-stage__grid">
                    <div class="fp-field">
                        <label class="fp-field__label" for={id("name")}>{ lang.pick("Nom", "Name") }</label>
                        <input id={id("name")} class="fp-field__input fp-field__input--text" type="text"
                            value={source.name.clone()} oninput={on_name} autocomplete="off"
                            maxlength={MAX_NAME_LEN.to_string()} placeholder={shown.clone()} />
                    </div>
                    <div class="fp-field">
                        <label class="fp-field__label" for={id("owner")}>{ lang.pick("Apportée par", "Brought in by") }</label>
                        <select id={id("owner")} class="fp-select fp-select--wide" onchange={on_owner}>
                            { for Owner::ALL.into_iter().map(owner_option) }
                        </select>
                    </div>
                    <fieldset class="fp-choice">
                        <legend class="fp-field__label">{ lang.pick("Part de l'objectif en…", "Part of the goal as…") }</legend>
                        <div class="fp-choice__options">
                            { kind_radio(false, lang.pick("pourcentage", "percentage")) }
                            { kind_radio(true, lang.pick("montant fixe", "fixed amount")) }
                        </div>
                    </fieldset>
                    { share_field }
                </div>
                { overrides(ctx, i) }
                <div class="fp-stage__actions">
                    <button type="button" id={id("up")} class="fp-btn fp-btn--ghost fp-btn--icon" disabled={i == 0}
                        aria-label={action_label(lang, ("Monter", "Move up"), &shown)} onclick={on_up}>
                        <span aria-hidden="true">{ "↑" }</span>
                    </button>
                    <button type="button" id={id("down")} class="fp-btn fp-btn--ghost fp-btn--icon" disabled={i + 1 == count}
                        aria-label={action_label(lang, ("Descendre", "Move down"), &shown)} onclick={on_down}>
                        <span aria-hidden="true">{ "↓" }</span>
                    </button>
                    <button type="button" id={id("remove")} class="fp-btn fp-btn--ghost" disabled={count <= 1}
                        aria-label={action_label(lang, ("Supprimer", "Remove"), &shown)} onclick={on_remove}>
                        { lang.pick("Supprimer", "Remove") }
                    </button>
                </div>
            </fieldset>
        </li>
    }
}
