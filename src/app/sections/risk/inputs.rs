//! Uncertainty inputs: for each stage's rate, exact, a low / likely / high range or the counts
//! it was measured on; the deal-size range; the volume to test.

use crate::app::ctx::{Ctx, Field};
use crate::app::widgets::{card, fill};
use crate::engine::risk::RateUncertainty;
use crate::i18n::Lang;
use crate::state::edits::{Edit, RiskKind};
use crate::state::Action;
use yew::prelude::*;

fn kind_label(lang: Lang, kind: RiskKind) -> &'static str {
    match kind {
        RiskKind::Exact => lang.pick("Taux exact", "Exact rate"),
        RiskKind::Range => lang.pick("Fourchette (bas, probable, haut)", "Range (low, likely, high)"),
        RiskKind::Observed => lang.pick("Volumes observés", "Observed counts"),
    }
}

const KINDS: [(RiskKind, &str); 3] =
    [(RiskKind::Exact, "exact"), (RiskKind::Range, "range"), (RiskKind::Observed, "observed")];

pub fn risk_inputs(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let stages = ctx.state.plan.funnel.effective_stages();
    let rows = stages.iter().zip(stages.iter().skip(1)).enumerate().map(|(i, (from, to))| {
        let entry = ctx.state.plan.risk.stages.get(i).and_then(Option::as_ref);
        let kind = match entry {
            None => RiskKind::Exact,
            Some(RateUncertainty::Range { .. }) => RiskKind::Range,
            Some(RateUncertainty::Observed { .. }) => RiskKind::Observed,
        };
        let on_change = ctx.dispatch.reform(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let kind = KINDS.iter().find(|(_, code)| *code == select.value()).map_or(RiskKind::Exact, |k| k.0);
            Action::Edit(Edit::SetRiskKind(i, kind))
        });
        let at = |field: &str| format!("risk.stages.{i}.{field}");
        let select_id = format!("fp-risk-kind-{i}");
        html! {
            <fieldset class="fp-risk__stage">
                <legend>{ format!("{} → {} ({})", from.name, to.name, ctx.percent(from.rate)) }</legend>
                <div class="fp-field">
                    <label for={select_id.clone()}>{ lang.pick("Incertitude du taux", "Rate uncertainty") }</label>
                    <select id={select_id} class="fp-select" onchange={on_change}>
                        { for KINDS.iter().map(|(k, code)| html! {
                            <option value={*code} selected={*k == kind}>{ kind_label(lang, *k) }</option>
                        }) }
                    </select>
                </div>
                <div class="fp-risk__fields">
                    if kind == RiskKind::Range {
                        { ctx.number(&at("low"), lang.pick("Bas", "Low"), lang.pick("Le pire taux plausible.", "The worst plausible rate.")) }
                        { ctx.number(&at("likely"), lang.pick("Probable", "Likely"), lang.pick("Le taux le plus probable.", "The most likely rate.")) }
                        { ctx.number(&at("high"), lang.pick("Haut", "High"), lang.pick("Le meilleur taux plausible.", "The best plausible rate.")) }
                    }
                    if kind == RiskKind::Observed {
                        { ctx.number(&at("successes"), lang.pick("Convertis", "Converted"),
                            fill(lang.pick("Combien sont passés en « {} ».", "How many reached “{}”."), &[&to.name])) }
                        { ctx.number(&at("trials"), lang.pick("Sur", "Out of"),
                            fill(lang.pick("Sur combien de « {} » comptés.", "Out of how many “{}” counted."), &[&from.name])) }
                    }
                </div>
            </fieldset>
        }
    });
    html! {
        { card("fp-card", "fp-risk-inputs-title", lang.pick("Incertitude", "Uncertainty"), html! {
            <>
                { for rows }
                <fieldset class="fp-risk__stage">
                    <legend>{ lang.pick("Panier moyen", "Deal size") }</legend>
                    <div class="fp-risk__fields">
                        { ctx.fields(&[
                            Field { path: "risk.deal_low", label: ["Panier bas", "Low deal size"], help: ["Vide : le panier moyen du plan.", "Empty: the plan's deal size."] },
                            Field { path: "risk.deal_high", label: ["Panier haut", "High deal size"], help: ["Vide : le panier moyen du plan.", "Empty: the plan's deal size."] },
                        ]) }
                    </div>
                </fieldset>
                { planning_choices(ctx) }
                { ctx.fields(&[
                    Field { path: "risk.volume", label: ["Volume que vous produirez vraiment à cette étape", "Volume you will really produce at this stage"], help: ["Vide : le volume du plan, calculé sur les moyennes (environ une chance sur deux par construction).", "Empty: the plan's volume, worked out from the averages (about a coin flip by construction)."] },
                ]) }
                <details class="fp-details">
                    <summary>{ lang.pick("Méthode", "Method") }</summary>
                    <p class="fp-figure__how">
                        { lang.pick(
                            "Fourchette : loi PERT (bêta de mode « probable »). Volumes observés : loi bêta(convertis + 1, non-convertis + 1), a priori uniforme. Chaque année simulée tire les taux et le panier, fait passer le volume dans l'entonnoir, et ne compte que les ventes que les commerciaux peuvent conclure (quota × atteinte).",
                            "Range: PERT distribution (a Beta peaking at “likely”). Observed counts: Beta(converted + 1, not converted + 1), a uniform prior. Each simulated year draws the rates and the deal size, runs the volume down the funnel, and counts only the deals the reps can close (quota × attainment).",
                        ) }
                    </p>
                </details>
            </>
        }) }
    }
}

/// Which stage's volume is planned, and how many trials are simulated.
fn planning_choices(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let plan = &ctx.state.plan;
    let stages = plan.funnel.effective_stages();
    let on_stage = ctx.dispatch.reform(|e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        Action::Edit(Edit::SetRiskStage(select.value().parse().unwrap_or(0)))
    });
    let on_trials = ctx.dispatch.reform(|e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        Action::Edit(Edit::SetRiskTrials(select.value().parse().unwrap_or(20_000)))
    });
    html! {
        <div class="fp-risk__plan">
            <div class="fp-field">
                <label class="fp-field__label" for="fp-risk-stage">{ lang.pick("Étape planifiée", "Planned stage") }</label>
                <select id="fp-risk-stage" class="fp-select" onchange={on_stage}>
                    { for stages.iter().take(stages.len().saturating_sub(1)).enumerate().map(|(i, s)| html! {
                        <option value={i.to_string()} selected={plan.risk.stage == i}>{ s.name.clone() }</option>
                    }) }
                </select>
                <p class="fp-field__help">{ lang.pick(
                    "Le volume que vous prévoyez de produire à cette étape ; les suivantes sont simulées.",
                    "The volume you plan to produce at this stage; the later stages are simulated.") }</p>
            </div>
            <div class="fp-field">
                <label class="fp-field__label" for="fp-risk-trials">{ lang.pick("Tirages simulés", "Simulated trials") }</label>
                <select id="fp-risk-trials" class="fp-select" onchange={on_trials}>
                    { for [5_000u32, 20_000, 100_000].into_iter().map(|n| html! {
                        <option value={n.to_string()} selected={plan.risk.trials == n}>{ ctx.count(u64::from(n)) }</option>
                    }) }
                </select>
                <p class="fp-field__help">{ lang.pick(
                    "Plus de tirages, des probabilités plus précises (graine fixe : mêmes chiffres à chaque fois).",
                    "More trials, more precise probabilities (fixed seed: the same figures every time).") }</p>
            </div>
        </div>
    }
}
