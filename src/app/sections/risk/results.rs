//! The answer in words and figures: the chance the planned volume reaches the goal, the
//! volumes that give 80 % and 90 %, and each stage's needed volume next to the average-based one.

use crate::app::ctx::Ctx;
use crate::app::widgets::fill;
use crate::app::widgets::{card, data_table, num, row};
use crate::engine::risk::RiskReport;
use crate::engine::Decimal;
use yew::prelude::*;

/// `risk`: the last simulation, if any; `pending`: a new one is running.
pub fn headline(ctx: &Ctx, risk: Option<&RiskReport>, pending: bool) -> Html {
    let lang = ctx.lang();
    let Some(risk) = risk else {
        let text = if pending {
            lang.pick("Simulation en cours…", "Simulating…")
        } else {
            lang.pick("Volume trop grand pour être simulé.", "Volume too large to simulate.")
        };
        return html! { <p class="fp-risk__headline" id="fp-risk-headline" aria-live="polite">{ text }</p> };
    };
    let name = risk.needed.get(risk.stage).map_or(String::new(), |s| s.name.clone());
    let need = risk.needed.get(risk.stage);
    let volume =
        |v: Option<u64>| v.map_or(lang.pick("aucun volume", "no volume").to_string(), |v| ctx.count(v));
    let (p80, p90) = (volume(need.and_then(|n| n.p80)), volume(need.and_then(|n| n.p90)));
    let chance = ctx.percent(risk.p_hit.round_to(3));
    let (pct80, pct90) = (
        ctx.percent(Decimal::from_parts(8, 1).unwrap_or_default()),
        ctx.percent(Decimal::from_parts(9, 1).unwrap_or_default()),
    );
    let text = fill(
        lang.pick(
            "{} « {} » donnent {} de chances d'atteindre l'objectif ; {} donnent {}, {} donnent {}.",
            "{} “{}” give a {} chance of reaching the goal; {} give {}, {} give {}.",
        ),
        &[&ctx.count(risk.volume), &name, &chance, &p80, &pct80, &p90, &pct90],
    );
    html! {
        <div aria-live="polite">
            <p class="fp-risk__headline" id="fp-risk-headline">{ text }</p>
            { source_chances(ctx, risk) }
            <details class="fp-details">
                <summary>{ lang.pick("Comment ce chiffre est obtenu", "How this figure is worked out") }</summary>
                <p class="fp-figure__how">
                    { fill(lang.pick("Part des {} années simulées où les clients gagnés × le panier atteignent l'objectif de nouveau chiffre d'affaires ; les ventes au-delà de ce que les commerciaux peuvent conclure ne comptent pas. Clients gagnés une année faible / moyenne / forte (10 %, 50 %, 90 % des années en dessous) : {} / {} / {}, pour {} nécessaires.", "Share of {} simulated years where customers won × deal size reach the new-business goal; deals beyond what the reps can close do not count. Customers won in a weak / middle / strong year (10 %, 50 %, 90 % of years below): {} / {} / {}, for {} needed."), &[&ctx.count(u64::from(risk.trials)), &ctx.count(risk.customers.p10), &ctx.count(risk.customers.p50), &ctx.count(risk.customers.p90), &ctx.count(risk.customers_needed)]) }
                </p>
            </details>
        </div>
    }
}

/// With two or more sources, the chance each reaches its own part of the goal, from the same
/// simulated years: the weak source shows here, not only in the JSON and the CSV.
fn source_chances(ctx: &Ctx, risk: &RiskReport) -> Html {
    if risk.sources.is_empty() {
        return html! {};
    }
    let lang = ctx.lang();
    let rows = risk.sources.iter().enumerate().map(|(i, s)| {
        let name = if s.name.trim().is_empty() {
            fill(lang.pick("Source {}", "Source {}"), &[&ctx.count(i as u64 + 1)])
        } else {
            s.name.clone()
        };
        row(name.into(), vec![num(ctx.percent(s.p_hit.round_to(3)).into())])
    });
    html! {
        { data_table(lang.pick("Chance par source", "Chance per source"), Some("fp-risk-sources"), lang.pick("Part des années simulées où chaque source atteint sa propre part de l'objectif", "Share of simulated years in which each source reaches its own part of the goal"), &[(lang.pick("Source", "Source"), false), (lang.pick("Chance d'atteindre sa part", "Chance of reaching its part"), true)], rows.collect()) }
    }
}

pub fn needed_card(ctx: &Ctx, risk: Option<&RiskReport>) -> Html {
    let lang = ctx.lang();
    let cell = |v: Option<u64>| v.map_or("—".to_string(), |v| ctx.count(v));
    let rows = risk.iter().flat_map(|r| r.needed.iter()).map(|s| {
        row(
            s.name.clone().into(),
            vec![num(ctx.count(s.average).into()), num(cell(s.p80).into()), num(cell(s.p90).into())],
        )
    });
    html! {
        { card("fp-card", "fp-risk-needed-title", lang.pick("Volume pour être serein", "Volume for peace of mind"), html! {
            <>
                { data_table(lang.pick("Volumes nécessaires", "Volumes needed"), Some("fp-risk-needed"), lang.pick("Volume de chaque étape : sur les moyennes, puis pour 80 % et 90 % de chances", "Each stage's volume: from the averages, then for an 80 % and 90 % chance"), &[(lang.pick("Étape", "Stage"), false), (lang.pick("Moyennes", "Averages"), true), (lang.pick("80 % de chances", "80 % chance"), true), (lang.pick("90 % de chances", "90 % chance"), true)], rows.collect()) }
                <p class="fp-figure__how">
                    { lang.pick(
                        "80 % de chances : le plus petit volume qui atteint l'objectif dans 80 % des années simulées, à partir de cette étape (mêmes tirages pour chaque volume).",
                        "80 % chance: the smallest volume that reaches the goal in 80 % of simulated years, starting at that stage (the same draws for every volume).",
                    ) }
                </p>
            </>
        }) }
    }
}
