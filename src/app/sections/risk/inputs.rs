//! Uncertainty inputs: for each stage's rate, exact, a low / likely / high range or the counts
//! it was measured on; the deal-size range; the volume to test.

use crate::app::ctx::Ctx;
use crate::engine::risk::RateUncertainty;
use crate::i18n::Lang;
use crate::state::edits::{Edit, RiskKind};
use crate::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RiskInputsProps {
    pub ctx: Ctx,
}

fn kind_label(lang: Lang, kind: RiskKind) -> &'static str {
    match kind {
        RiskKind::Exact => lang.pick("Taux exact", "Exact rate"),
        RiskKind::Range => lang.pick("Fourchette (bas, probable, haut)", "Range (low, likely, high)"),
        RiskKind::Observed => lang.pick("Volumes observés", "Observed counts"),
    }
}

const KINDS: [(RiskKind, &str); 3] =
    [(RiskKind::Exact, "exact"), (RiskKind::Range, "range"), (RiskKind::Observed, "observed")];

#[function_component(RiskInputs)]
pub fn risk_inputs(props: &RiskInputsProps) -> Html {
    let ctx = &props.ctx;
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
                            match lang { Lang::Fr => format!("Combien sont passés en « {} ».", to.name), Lang::En => format!("How many reached “{}”.", to.name) }) }
                        { ctx.number(&at("trials"), lang.pick("Sur", "Out of"),
                            match lang { Lang::Fr => format!("Sur combien de « {} » comptés.", from.name), Lang::En => format!("Out of how many “{}” counted.", from.name) }) }
                    }
                </div>
            </fieldset>
        }
    });
    html! {
        <section class="fp-card" aria-labelledby="fp-risk-inputs-title">
            <h2 id="fp-risk-inputs-title" class="fp-card__title">{ lang.pick("Incertitude", "Uncertainty") }</h2>
            { for rows }
            <fieldset class="fp-risk__stage">
                <legend>{ lang.pick("Panier moyen", "Deal size") }</legend>
                <div class="fp-risk__fields">
                    { ctx.number("risk.deal_low", lang.pick("Panier bas", "Low deal size"),
                        lang.pick("Vide : le panier moyen du plan.", "Empty: the plan's deal size.")) }
                    { ctx.number("risk.deal_high", lang.pick("Panier haut", "High deal size"),
                        lang.pick("Vide : le panier moyen du plan.", "Empty: the plan's deal size.")) }
                </div>
            </fieldset>
            { ctx.number("risk.volume", lang.pick("Volume testé en haut de l'entonnoir", "Top-of-funnel volume to test"),
                lang.pick("Vide : le volume calculé sur les moyennes.", "Empty: the volume worked out from the averages.")) }
            <p class="fp-figure__how">
                { lang.pick(
                    "Fourchette : loi PERT (bêta de mode « probable »). Volumes observés : loi bêta(convertis + 1, non-convertis + 1), a priori uniforme.",
                    "Range: PERT distribution (a Beta peaking at “likely”). Observed counts: Beta(converted + 1, not converted + 1), a uniform prior.",
                ) }
            </p>
        </section>
    }
}
