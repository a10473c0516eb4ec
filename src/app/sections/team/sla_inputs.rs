//! The SLA terms both teams agree on: what marketing hands over (stage, good-fit share, day)
//! and what sales does with it (first contact, attempts, window, time per attempt,
//! qualification delay, selling hours).

use crate::app::ctx::{Ctx, Field};
use crate::app::widgets::{card, flag};
use crate::engine::funnel::FunnelMode;
use crate::engine::weekday::Weekday;
use crate::sla_text::words::{weekday_label, WEEKDAYS};
use crate::state::edits::Edit;
use crate::state::Action;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

pub fn sla_inputs(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let plan = &ctx.state.plan;
    let on_day = ctx.dispatch.reform(|e: Event| {
        let index = e.target_unchecked_into::<HtmlSelectElement>().selected_index().max(0) as u64;
        Action::Edit(Edit::SetHandoverDay(Weekday::from_index(index)))
    });
    let days = WEEKDAYS.iter().map(|d| {
        html! { <option selected={*d == plan.sla.handover_day}>{ weekday_label(*d, lang) }</option> }
    });
    html! {
        { card("fp-card fp-inputs", "fp-sla-inputs-title", lang.pick("Les termes du SLA", "The SLA terms"), html! {
            <>
                <fieldset class="fp-team-group">
                    <legend class="fp-team-subtitle">{ lang.pick("Côté marketing", "Marketing side") }</legend>
                    { handover_stage(ctx) }
                    { ctx.fields(&[
                        Field { path: "sla.good_fit_share", label: ["Part jugée adaptée (bon fit)", "Share expected to be a good fit"], help: ["Part des contacts livrés qui correspondent à la cible des ventes.", "Share of handed-over contacts that match the sales target."] },
                    ]) }
                    <div class="fp-field">
                        <label class="fp-field__label" for="fp-sla-handover-day">{ lang.pick("Jour de livraison", "Hand-over day") }</label>
                        <select id="fp-sla-handover-day" class="fp-select fp-team-select" onchange={on_day}
                            aria-describedby="fp-sla-handover-day-help">{ for days }</select>
                        <p id="fp-sla-handover-day-help" class="fp-field__help">
                            { lang.pick("Le jour où le marketing remet chaque lot aux ventes.",
                                "The day marketing hands each batch to sales.") }
                        </p>
                    </div>
                </fieldset>
                <fieldset class="fp-team-group">
                    <legend class="fp-team-subtitle">{ lang.pick("Côté ventes", "Sales side") }</legend>
                    { ctx.fields(&[
                        Field { path: "sla.first_contact_hours", label: ["Premier contact sous (heures)", "First contact within (hours)"], help: ["Délai maximal entre la livraison et le premier appel.", "Longest delay between hand-over and the first call."] },
                        Field { path: "sla.attempts", label: ["Tentatives de contact", "Contact attempts"], help: ["Appels ou messages par contact avant de l'abandonner (1 à 100).", "Calls or messages per contact before giving up (1 to 100)."] },
                        Field { path: "sla.window_days", label: ["Sur une période de (jours)", "Over a window of (days)"], help: ["Jours calendaires sur lesquels les tentatives sont réparties.", "Calendar days the attempts are spread over."] },
                        Field { path: "sla.minutes_per_attempt", label: ["Minutes par tentative", "Minutes per attempt"], help: ["Appel, message vocal et notes dans le CRM compris.", "Call, voicemail and CRM notes included."] },
                        Field { path: "sla.qualify_within_days", label: ["Qualification sous (jours ouvrés)", "Qualify within (working days)"], help: ["Jours ouvrés après la livraison pour qualifier tout le lot.", "Working days after hand-over to qualify the whole batch."] },
                        Field { path: "sla.selling_hours_per_rep", label: ["Heures de vente par commercial et par semaine", "Selling hours per rep per week"], help: ["Temps réellement disponible pour vendre, hors réunions et administratif.", "Time actually free for selling, outside meetings and admin."] },
                    ]) }
                </fieldset>
            </>
        }) }
    }
}

/// The stage select (stages before the customer stage), or the fixed lead stage in
/// single-rate mode.
fn handover_stage(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let plan = &ctx.state.plan;
    let help = lang.pick(
        "L'étape dont le marketing livre le volume hebdomadaire aux ventes.",
        "The stage whose weekly volume marketing hands to sales.",
    );
    if plan.funnel.mode == FunnelMode::Simple {
        let stages = plan.funnel.effective_stages();
        let name = stages.first().map(|s| s.name.clone()).unwrap_or_default();
        return html! {
            <div class="fp-field">
                <span class="fp-field__label" id="fp-sla-handover-stage-label">{ lang.pick("Étape livrée aux ventes", "Stage handed to sales") }</span>
                <output id="fp-sla-handover-stage" class="fp-team-fixed" aria-labelledby="fp-sla-handover-stage-label">{ name }</output>
                <p class="fp-field__help">
                    { lang.pick("Fixée à la première étape (les prospects) en mode taux unique ; passez aux étapes détaillées pour la choisir.",
                        "Fixed to the lead stage in single-rate mode; switch to detailed stages to choose it.") }
                </p>
            </div>
        };
    }
    let stages = &plan.funnel.stages;
    let current = plan.handover_stage();
    let options = stages.iter().enumerate().take(stages.len().saturating_sub(1)).map(|(i, s)| {
        let name = if s.name.trim().is_empty() {
            format!("{} {}", lang.pick("Étape", "Stage"), ctx.count(i as u64 + 1))
        } else {
            s.name.clone()
        };
        html! { <option value={i.to_string()} selected={i == current}>{ name }</option> }
    });
    let on_change = ctx.dispatch.reform(|e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        Action::Edit(Edit::SetHandoverStage(value.parse().unwrap_or(0)))
    });
    let error = ctx.outcome.error_at("sla.handover_stage").map(|r| lang.reason(r));
    let described = if error.is_some() {
        "fp-sla-handover-stage-error fp-sla-handover-stage-help"
    } else {
        "fp-sla-handover-stage-help"
    };
    html! {
        <div class="fp-field" data-invalid={flag(error.is_some())}>
            <label class="fp-field__label" for="fp-sla-handover-stage">{ lang.pick("Étape livrée aux ventes", "Stage handed to sales") }</label>
            <select id="fp-sla-handover-stage" class="fp-select fp-team-select" onchange={on_change}
                aria-invalid={flag(error.is_some())} aria-describedby={described}>
                if current + 1 >= stages.len() {
                    <option value="" selected=true disabled=true>{ lang.pick("Choisissez une étape", "Choose a stage") }</option>
                }
                { for options }
            </select>
            if let Some(error) = error {
                <p id="fp-sla-handover-stage-error" class="fp-field__error">{ error }</p>
            }
            <p id="fp-sla-handover-stage-help" class="fp-field__help">{ help }</p>
        </div>
    }
}
