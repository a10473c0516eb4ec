//! Paste from a spreadsheet: the range goes in a text box, "Read" shows what will be filled
//! (periods × stages) and every cell or row left out with its line and reason, "Fill" records it
//! into what the grid shows (months or weeks, totals or one source). Read in the browser by
//! `import::grid`; nothing leaves the page.

use super::stage_names;
use super::target::Target;
use crate::app::ctx::Ctx;
use crate::app::widgets::table;
use crate::import::grid::{read_grid, GridImport};
use crate::state::edits::Edit;
use crate::state::monthly::MonthlyEdit;
use crate::state::Action;
use yew::prelude::*;

/// What was read: the months found and the problems, listed.
pub fn preview(ctx: &Ctx, id: &'static str, read: &GridImport, target: &Target) -> Html {
    let lang = ctx.lang();
    let plan = &ctx.state.plan;
    let names = stage_names(plan);
    let head = html! {
        <tr>
            <th scope="col">{ target.heading(lang) }</th>
            { for names.iter().map(|n| html! { <th scope="col" class="fp-num">{ n }</th> }) }
        </tr>
    };
    let rows = read.periods.iter().map(|p| {
        let cells = (0..names.len()).map(|s| {
            let text =
                p.stages.get(s).copied().flatten().map(|v| ctx.decimal(v, 0)).unwrap_or_else(|| "—".into());
            html! { <td class="fp-num">{ text }</td> }
        });
        html! { <tr><th scope="row">{ target.label(plan, p.period, lang) }</th>{ for cells }</tr> }
    });
    html! {
        <div class="fp-import-preview" id={id}>
            if read.periods.is_empty() {
                <p>{ if target.weeks { lang.pick("Aucune semaine lue.", "No week read.") } else { lang.pick("Aucun mois lu.", "No month read.") } }</p>
            } else {
                { table(lang.pick("Ce qui sera rempli", "What will be filled"), None,
                    lang.pick("Ce qui sera rempli (— : cellule laissée telle quelle)", "What will be filled (—: cell left as it is)"),
                    head, html! { <tbody>{ for rows }</tbody> }) }
            }
            { problems(ctx, &read.problems) }
        </div>
    }
}

/// Rows or cells not used, each with its line and reason.
pub fn problems(ctx: &Ctx, list: &[crate::import::Problem]) -> Html {
    let lang = ctx.lang();
    if list.is_empty() {
        return html! {};
    }
    html! {
        <div class="fp-import-problems" role="alert">
            <p>{ lang.pick("Lignes ou cellules non utilisées :", "Rows or cells not used:") }</p>
            <ul>{ for list.iter().map(|p| html! { <li>{ p.describe(lang) }</li> }) }</ul>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct PasteProps {
    pub ctx: Ctx,
    /// Where the paste goes: what the grid shows.
    pub target: Target,
}

#[function_component(PasteBox)]
pub fn paste_box(props: &PasteProps) -> Html {
    let ctx = &props.ctx;
    let target = &props.target;
    let lang = ctx.lang();
    let text = use_state(String::new);
    let read = use_state(|| None::<GridImport>);
    let on_input = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            let el: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            text.set(el.value());
        })
    };
    let on_read = {
        let (text, read, plan, target) = (text.clone(), read.clone(), ctx.state.plan.clone(), target.clone());
        Callback::from(move |_: MouseEvent| {
            let names = stage_names(&plan);
            // Weeks are numbered (1, 2…): a pasted "2026-03" names a month, not a week.
            let start = if target.weeks { None } else { plan.actuals.start };
            read.set(Some(read_grid(&text, lang, &names, start, target.max_period(&plan))));
        })
    };
    let on_fill = {
        let (read, text, dispatch, target) =
            (read.clone(), text.clone(), ctx.dispatch.clone(), target.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(r) = &*read {
                let (weeks, source, periods) = (target.weeks, target.source.clone(), r.periods.clone());
                dispatch.emit(Action::Edit(Edit::Monthly(MonthlyEdit::ApplyPeriods {
                    weeks,
                    source,
                    periods,
                })));
            }
            read.set(None);
            text.set(String::new());
        })
    };
    let fillable = read.as_ref().is_some_and(|r| !r.periods.is_empty());
    html! {
        <details class="fp-details fp-paste" open={read.is_some()}>
            <summary>{ lang.pick("Coller depuis un tableur", "Paste from a spreadsheet") }</summary>
            <div class="fp-field">
                <label class="fp-field__label" for="fp-paste-text">{ lang.pick("Plage copiée", "Copied range") }</label>
                <textarea id="fp-paste-text" class="fp-textarea" rows="6" value={(*text).clone()} oninput={on_input}
                    aria-describedby="fp-paste-help" />
                <p id="fp-paste-help" class="fp-field__help">{ lang.pick(
                    "Les étapes sur la première ligne et une période par ligne (ou l'inverse) ; tabulation, « ; » ou « , » ; mois en numéros (1, 2…) ou aaaa-mm une fois le mois de début indiqué, semaines en numéros. La plage remplit la grille affichée (mois ou semaines, totaux ou une source).",
                    "Stages across the first row and one period per row (or the other way round); tab, “;” or “,”; months as numbers (1, 2…) or yyyy-mm once the first month is set, weeks as numbers. The range fills the grid shown (months or weeks, totals or one source).") }</p>
            </div>
            <button type="button" class="fp-btn" id="fp-paste-read" onclick={on_read}>{ lang.pick("Lire", "Read") }</button>
            if let Some(r) = &*read {
                { preview(ctx, "fp-paste-preview", r, target) }
                <button type="button" class="fp-btn" id="fp-paste-apply" disabled={!fillable} onclick={on_fill}>
                    { if target.weeks { lang.pick("Remplir ces semaines", "Fill these weeks") } else { lang.pick("Remplir ces mois", "Fill these months") } }</button>
            }
        </details>
    }
}
