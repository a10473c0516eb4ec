//! What the team can close against the goal (report.team): capacity, gap or "covered", extra
//! reps, and productive full-time equivalents month by month.

use super::figure::{figure, small_figure};
use crate::app::ctx::Ctx;
use crate::app::widgets::{row, table, tbody};
use crate::engine::team::TeamCapacity;
use yew::prelude::*;

pub fn capacity(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let Some(team) = ctx.report().and_then(|r| r.team.as_ref()) else {
        return html! {
            <p class="fp-figure__how" id="fp-team-capacity-missing">
                { lang.pick("Capacité hors de portée : les montants sont trop grands pour être calculés.",
                    "Capacity out of reach: the amounts are too large to compute.") }
            </p>
        };
    };
    let (capacity, goal) = (ctx.money(team.capacity), ctx.money(team.goal));
    let covered = team.gap.is_zero();
    html! {
        <div class="fp-figures">
            { figure("fp-team-capacity", lang.pick("Capacité de l'équipe", "Team capacity").into(), capacity.clone(),
                format!("{} {} {}", lang.pick("Quota × atteinte ×", "Quota × attainment ×"),
                    ctx.decimal(team.rep_months, 2),
                    lang.pick("mois-commercial productifs ÷ 12.", "productive rep-months ÷ 12.")),
                None) }
            if covered {
                <p id="fp-team-covered" class="fp-verdict fp-verdict--enough">
                    <span class="fp-verdict__icon" aria-hidden="true">{ "✓" }</span>
                    <span>
                        <strong>{ lang.pick("L'équipe couvre l'objectif.", "The team covers the goal.") }</strong>
                        { " " }
                        { format!("{} {capacity} ≥ {} {goal}.", lang.pick("Capacité", "Capacity"),
                            lang.pick("objectif de nouveau chiffre d'affaires", "new-business goal")) }
                    </span>
                </p>
            } else {
                { gap(ctx, team, &capacity, &goal) }
            }
            { fte_table(ctx, team) }
        </div>
    }
}

fn gap(ctx: &Ctx, team: &TeamCapacity, capacity: &str, goal: &str) -> Html {
    let lang = ctx.lang();
    html! {
        <>
            <p id="fp-team-short" class="fp-verdict fp-verdict--short">
                <span class="fp-verdict__icon" aria-hidden="true">{ "⚠" }</span>
                <strong>{ lang.pick("L'équipe ne couvre pas l'objectif.", "The team does not cover the goal.") }</strong>
            </p>
            <div class="fp-team-stats">
                { small_figure("fp-team-gap", lang.pick("Écart à combler", "Gap to close").into(), ctx.money(team.gap),
                    format!("{} {goal} − {} {capacity}.", lang.pick("Objectif de nouveau chiffre d'affaires",
                        "New-business goal"), lang.pick("capacité", "capacity")),
                    None) }
                { small_figure("fp-team-extra-reps", lang.pick("Commerciaux à ajouter", "Reps to add").into(),
                    ctx.count(team.extra_reps_needed),
                    lang.pick("Écart ÷ ce qu'un commercial productif dès le 1er mois signe sur la période, arrondi au supérieur.",
                        "Gap ÷ what one rep, fully productive from month 1, closes over the period, rounded up.").into(),
                    None) }
            </div>
        </>
    }
}

fn fte_table(ctx: &Ctx, team: &TeamCapacity) -> Html {
    let lang = ctx.lang();
    let month = lang.pick("M", "M");
    let heads = (1..=team.productive_fte.len() as u64).map(|m| {
        let full = format!("{} {}", lang.pick("Mois", "Month"), ctx.count(m));
        html! { <th scope="col"><abbr title={full}>{ format!("{month}{}", ctx.count(m)) }</abbr></th> }
    });
    let cells = team.productive_fte.iter().map(|fte| {
        html! { <td title={ctx.decimal(*fte, 4)}>{ ctx.decimal(*fte, 2) }</td> }
    });
    html! {
        <div class="fp-team-fte">
            { table(lang.pick("ETP productifs par mois (défilable)", "Productive FTE per month (scrollable)"), Some("fp-team-fte"),
                lang.pick("Commerciaux productifs (ETP) par mois", "Productive reps (FTE) per month"),
                html! { <tr><td></td>{ for heads }</tr> },
                tbody(row(lang.pick("ETP", "FTE").into(), cells.collect()))) }
            <p class="fp-figure__how">
                { lang.pick(
                    "Commerciaux en poste et recrutés, pondérés par leur montée en compétence (linéaire) et par les départs (répartis sur l'année).",
                    "Current and hired reps, weighted by their ramp (linear) and by attrition (spread over the year).") }
            </p>
        </div>
    }
}
