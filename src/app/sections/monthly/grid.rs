//! The month × stage grid of recorded counts: one number field per cell (registry path
//! `actuals.months.#.stages.#`), an empty cell meaning "no data", and the calendar month of
//! plan month 1.

use super::pick::input;
use super::{horizon_months, month_label, stage_names};
use crate::app::ctx::Ctx;
use crate::app::widgets::{fill, table};
use crate::import::grid::calendar_month;
use crate::state::edits::Edit;
use crate::state::monthly::MonthlyEdit;
use crate::state::registry::periods::index_of;
use crate::state::Action;
use yew::prelude::*;

/// Path of the grid cell for plan month `month`, stage `stage`.
pub fn cell_path(ctx: &Ctx, month: u32, stage: usize) -> String {
    format!("actuals.months.{}.stages.{stage}", index_of(&ctx.state.plan.actuals.months, month))
}

pub fn grid(ctx: &Ctx) -> Html {
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
    let start = plan.actuals.start.map(|s| s.to_string()).unwrap_or_default();
    let planned = |m: u32, s: usize| -> Option<u64> {
        let months = &ctx.report()?.actuals.as_ref()?.months;
        Some(months.periods.get(m as usize - 1)?.stages.get(s)?.planned)
    };
    let plan_of = |m: u32, s: usize| {
        let timing = ctx.report()?.timing.as_ref()?.get(s)?;
        timing.by_month.get(m as usize - 1).copied()
    };
    let head = html! {
        <tr>
            <th scope="col">{ lang.pick("Mois", "Month") }</th>
            { for names.iter().map(|n| html! { <th scope="col" class="fp-num">{ n }</th> }) }
        </tr>
    };
    let rows = (1..=horizon_months(plan)).map(|m| {
        let label = month_label(plan, m, lang);
        let cells = names.iter().enumerate().map(|(s, name)| {
            let field_label = format!("{name}, {label}");
            let help = match planned(m, s).or_else(|| plan_of(m, s)) {
                Some(p) => fill(lang.pick("Prévu : {}. Vide = pas de données.", "Planned: {}. Empty = no data."), &[&ctx.count(p)]),
                None => lang.pick("Vide = pas de données.", "Empty = no data.").to_string(),
            };
            html! { <td class="fp-grid__cell">{ ctx.bound_number(&cell_path(ctx, m, s), field_label.into(), help.into()) }</td> }
        });
        let cells: Vec<Html> = cells.collect();
        html! { <tr><th scope="row">{ label }</th>{ for cells }</tr> }
    });
    html! {
        <>
            { input("fp-actuals-start", "text", lang.pick("Mois de début du plan", "Plan's first month"), &start,
                lang.pick("Le mois calendaire du mois 1, pour nommer les mois et placer les lignes importées : aaaa-mm ou mm/aaaa.",
                    "The calendar month of month 1, to name the months and place imported rows: yyyy-mm or mm/yyyy."), &on_start) }
            <div class="fp-grid">
                { table(lang.pick("Réel saisi par mois et par étape", "Actuals typed per month and stage"), Some("fp-actuals-grid"),
                    lang.pick("Nombres réels par mois (une cellule vide n'est pas un zéro : pas de données)",
                        "Actual counts per month (an empty cell is not a zero: no data)"),
                    head, html! { <tbody>{ for rows }</tbody> }) }
            </div>
        </>
    }
}
