//! Per-stage progress table: planned, actual, pace, status (colour and text), projection and
//! what the owning team still owes.

use super::team_name;
use crate::app::ctx::Ctx;
use crate::app::widgets::fill;
use crate::app::widgets::{cell, data_table, num, row};
use crate::engine::tracking::{ahead_from, behind_below, PaceStatus, TrackingReport};
use crate::i18n::Lang;
use yew::prelude::*;

/// The status's symbol, words and CSS classes.
pub fn status_words(lang: Lang, status: PaceStatus) -> (&'static str, &'static str, &'static str) {
    match status {
        PaceStatus::Ahead => ("▲", lang.pick("En avance", "Ahead"), "fp-status fp-status--ahead"),
        PaceStatus::OnTrack => ("●", lang.pick("Dans les temps", "On track"), "fp-status fp-status--on"),
        PaceStatus::Behind => ("▼", lang.pick("En retard", "Behind"), "fp-status fp-status--behind"),
    }
}

pub fn stage_table(ctx: &Ctx, report: &TrackingReport) -> Html {
    let lang = ctx.lang();
    let dash = || "—".to_string();
    let rows = report.stages.iter().map(|s| {
        let status = s.status.map(|st| {
            let (symbol, words, class) = status_words(lang, st);
            html! { <span class={class}><span aria-hidden="true">{ symbol }</span>{ " " }{ words }</span> }
        });
        row(s.name.clone().into(), vec![cell(team_name(lang, s.team).into()), num(ctx.count(s.planned).into()), num(s.actual.map_or_else(dash, |a| ctx.count(a)).into()), num(s.pace.map_or_else(dash, |p| ctx.percent(p)).into()), html! { <td>{ status.unwrap_or_else(|| html! { { lang.pick("non suivi", "not tracked") } }) }</td> }, num(s.projected.map_or_else(dash, |p| ctx.count(p)).into()), num(s.shortfall.map_or_else(dash, |p| ctx.count(p)).into())])
    });
    let caption = lang.pick("Rythme par étape", "Pace per stage");
    let how = fill(
        lang.pick(
            "Rythme = réel ÷ (prévu × part écoulée) : {} ou plus est en avance, moins de {} en retard. Projection = réel ÷ part écoulée, arrondi à l'inférieur. Manque = prévu − projection.",
            "Pace = actual ÷ (planned × share elapsed): {} or more is ahead, under {} behind. Projected = actual ÷ share elapsed, rounded down. Shortfall = planned − projected.",
        ),
        &[&ctx.percent(ahead_from()), &ctx.percent(behind_below())],
    );
    html! {
        <>
            { data_table(caption, None, caption, &[(lang.pick("Étape", "Stage"), false), (lang.pick("Équipe", "Team"), false), (lang.pick("Prévu", "Planned"), true), (lang.pick("Réel", "Actual"), true), (lang.pick("Rythme", "Pace"), true), (lang.pick("Statut", "Status"), false), (lang.pick("Projection", "Projected"), true), (lang.pick("Manque", "Shortfall"), true)], rows.collect()) }
            <p class="fp-figure__how">{ how }</p>
        </>
    }
}
