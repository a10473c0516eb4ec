//! Per-stage progress table: planned, actual, pace, status (colour and text), projection and
//! what the owning team still owes.

use super::team_name;
use crate::app::ctx::Ctx;
use crate::app::widgets::fill;
use crate::engine::tracking::{ahead_from, behind_below, PaceStatus, TrackingReport};
use crate::i18n::Lang;
use yew::prelude::*;

/// The status's symbol, words and CSS modifier.
pub fn status_words(lang: Lang, status: PaceStatus) -> (&'static str, &'static str, &'static str) {
    match status {
        PaceStatus::Ahead => ("▲", lang.pick("En avance", "Ahead"), "fp-status--ahead"),
        PaceStatus::OnTrack => ("●", lang.pick("Dans les temps", "On track"), "fp-status--on"),
        PaceStatus::Behind => ("▼", lang.pick("En retard", "Behind"), "fp-status--behind"),
    }
}

pub fn stage_table(ctx: &Ctx, report: &TrackingReport) -> Html {
    let lang = ctx.lang();
    let dash = || "—".to_string();
    let rows = report.stages.iter().map(|s| {
        let status = s.status.map(|st| {
            let (symbol, words, class) = status_words(lang, st);
            html! { <span class={classes!("fp-status", class)}><span aria-hidden="true">{ symbol }</span>{ " " }{ words }</span> }
        });
        html! {
            <tr>
                <th scope="row">{ &s.name }</th>
                <td>{ team_name(lang, s.team) }</td>
                <td class="fp-num">{ ctx.count(s.planned) }</td>
                <td class="fp-num">{ s.actual.map_or_else(dash, |a| ctx.count(a)) }</td>
                <td class="fp-num">{ s.pace.map_or_else(dash, |p| ctx.percent(p)) }</td>
                <td>{ status.unwrap_or_else(|| html! { { lang.pick("non suivi", "not tracked") } }) }</td>
                <td class="fp-num">{ s.projected.map_or_else(dash, |p| ctx.count(p)) }</td>
                <td class="fp-num">{ s.shortfall.map_or_else(dash, |p| ctx.count(p)) }</td>
            </tr>
        }
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
            <div class="fp-table-wrap" role="region" aria-label={caption} tabindex="0">
                <table class="fp-table">
                    <caption>{ caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ lang.pick("Étape", "Stage") }</th>
                            <th scope="col">{ lang.pick("Équipe", "Team") }</th>
                            <th scope="col" class="fp-num">{ lang.pick("Prévu", "Planned") }</th>
                            <th scope="col" class="fp-num">{ lang.pick("Réel", "Actual") }</th>
                            <th scope="col" class="fp-num">{ lang.pick("Rythme", "Pace") }</th>
                            <th scope="col">{ lang.pick("Statut", "Status") }</th>
                            <th scope="col" class="fp-num">{ lang.pick("Projection", "Projected") }</th>
                            <th scope="col" class="fp-num">{ lang.pick("Manque", "Shortfall") }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <p class="fp-figure__how">{ how }</p>
        </>
    }
}
