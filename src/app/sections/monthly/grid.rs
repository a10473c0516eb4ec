//! The period × stage grid of recorded counts: one number field per cell (registry paths
//! `actuals.{months,weeks}.#.stages.#`, or `….by_source.#.stages.#` for one source's counts,
//! as `target` picks), an empty cell meaning "no data", and the calendar month of plan month 1.

use super::pick::input;
use super::stage_names;
use super::target::Target;
use crate::app::ctx::Ctx;
use crate::app::sections::pages::{more_rows, Pages};
use crate::app::widgets::{fill, table};
use crate::i18n::Lang;
use crate::import::grid::calendar_month;
use crate::state::edits::Edit;
use crate::state::monthly::MonthlyEdit;
use crate::state::Action;
use yew::prelude::*;

/// The first-month field, `switch` (what the grid records), then the grid with the stage
/// columns `pages` draws (200 stages by 12 months were 2 400 fields, 430 ms to open).
pub fn grid(ctx: &Ctx, target: &Target, switch: Html, pages: &Pages) -> Html {
    let lang = ctx.lang();
    let plan = &ctx.state.plan;
    let names = stage_names(plan);
    // A text field (not `type="month"`, which Firefox shows as text anyway): "2026-03" or
    // "03/2026"; emptied, the months go back to "month 1", "month 2"…
    // Unreadable text changes nothing (the field shows the month kept).
    let on_start = {
        let dispatch = ctx.dispatch.clone();
        Callback::from(move |text: String| {
            let start = if text.trim().is_empty() { Some(None) } else { calendar_month(&text).map(Some) };
            if let Some(start) = start {
                dispatch.emit(Action::Edit(Edit::Monthly(MonthlyEdit::SetStart(start))));
            }
        })
    };
    let on_all = {
        let pages = pages.clone();
        Callback::from(move |_: MouseEvent| pages.fill())
    };
    let start = plan.actuals.start.map(|s| s.to_string()).unwrap_or_default();
    // The plan's figure for the cell, as the comparison uses it (the totals only: a source's
    // own plan is in Sources).
    let planned = |m: u32, s: usize| -> Option<u64> {
        let actuals = ctx.report()?.actuals.as_ref()?;
        let report = if target.weeks { actuals.weeks.as_ref()? } else { &actuals.months };
        Some(report.periods.get(m as usize - 1)?.stages.get(s)?.planned)
    };
    let plan_of = |m: u32, s: usize| {
        let report = ctx.report()?;
        if target.weeks {
            return report.breakdowns.as_ref()?.get(s)?.weeks.parts.get(m as usize - 1).copied();
        }
        report.timing.as_ref()?.get(s)?.by_month.get(m as usize - 1).copied()
    };
    let head = html! {
        <tr>
            <th scope="col">{ target.heading(lang) }</th>
            { for names.iter().take(pages.visible).map(|n| html! { <th scope="col" class="fp-num">{ n }</th> }) }
        </tr>
    };
    let totals = target.source.is_none();
    let rows = target.periods(plan).map(|m| {
        let label = target.label(plan, m, lang);
        let cells = names.iter().enumerate().take(pages.visible).map(|(s, name)| {
            let field_label = match &target.source {
                Some(source) => format!("{name}, {label}, {source}"),
                None => format!("{name}, {label}"),
            };
            let help = match planned(m, s).or_else(|| plan_of(m, s)).filter(|_| totals) {
                Some(p) => fill(lang.pick("Prévu : {}. Vide = pas de données.", "Planned: {}. Empty = no data."), &[&ctx.count(p)]),
                None => lang.pick("Vide = pas de données.", "Empty = no data.").to_string(),
            };
            let path = target.path(plan, m, s);
            html! { <td class="fp-grid__cell">{ ctx.bound_number(&path, field_label.into(), help.into()) }</td> }
        });
        let cells: Vec<Html> = cells.collect();
        html! { <tr><th scope="row">{ label }</th>{ for cells }</tr> }
    });
    html! {
        <>
            { input("fp-actuals-start", "text", lang.pick("Mois de début du plan", "Plan's first month"), &start,
                lang.pick("Le mois calendaire du mois 1, pour nommer les mois et placer les lignes importées : aaaa-mm ou mm/aaaa.",
                    "The calendar month of month 1, to name the months and place imported rows: yyyy-mm or mm/yyyy."), &on_start) }
            { switch }
            <div class="fp-grid">
                { table(&caption(target, lang, false), Some("fp-actuals-grid"), &caption(target, lang, true),
                    head, html! { <tbody>{ for rows }</tbody> }) }
            </div>
            <div class="fp-more-rows">{ more_rows(ctx, pages, "fp-actuals-grid", on_all) }</div>
            if !totals {
                <p class="fp-field__help" id="fp-actuals-source-help">{ lang.pick(
                    "Les sources s'additionnent pour chaque étape sans total saisi ; un total saisi dans « Toutes les sources » prime.",
                    "Sources add up for each stage with no total typed; a total typed under “All sources” counts instead.") }</p>
            }
        </>
    }
}

/// The grid's accessible name (`long`: its caption, with the "empty is no data" reminder).
fn caption(target: &Target, lang: Lang, long: bool) -> String {
    let what = match (target.weeks, &target.source) {
        (false, None) => lang.pick("Réel par mois et par étape", "Actuals per month and stage").to_string(),
        (true, None) => lang.pick("Réel par semaine et par étape", "Actuals per week and stage").to_string(),
        (false, Some(s)) => {
            fill(lang.pick("Réel par mois et par étape — {}", "Actuals per month and stage — {}"), &[s])
        }
        (true, Some(s)) => {
            fill(lang.pick("Réel par semaine et par étape — {}", "Actuals per week and stage — {}"), &[s])
        }
    };
    if long {
        format!(
            "{what} {}",
            lang.pick(
                "(une cellule vide n'est pas un zéro : pas de données)",
                "(an empty cell is not a zero: no data)"
            )
        )
    } else {
        what
    }
}
