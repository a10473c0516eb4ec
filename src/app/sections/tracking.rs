//! The Tracking section: actuals against plan mid-period (seed 000's "bulges" where leads get
//! stuck): pace per stage, projection, conversion rates and the costliest bottleneck.

pub mod bottleneck;
pub mod stages;
pub mod transitions;

use crate::app::ctx::{Ctx, Field};
use crate::app::widgets::{fill, inputs_card, results_card, toggle};
use crate::engine::funnel::Team;
use crate::i18n::Lang;
use crate::state::edits::Edit;
use crate::state::Action;
use yew::prelude::*;

/// The team's name as a column value.
pub fn team_name(lang: Lang, team: Team) -> &'static str {
    match team {
        Team::Marketing => lang.pick("Marketing", "Marketing"),
        Team::Sales => lang.pick("Ventes", "Sales"),
    }
}

fn tracking_inputs(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let planned = |i: usize| ctx.report().and_then(|r| r.stages.get(i)).map(|s| s.volume);
    let actuals = ctx.state.plan.funnel.effective_stages().into_iter().enumerate().map(|(i, stage)| {
        let label = fill(lang.pick("{} : réel à ce jour", "{}: actual so far"), &[&stage.name]);
        let help = match planned(i) {
            Some(p) => {
                fill(lang.pick("Prévu sur la période : {}.", "Planned for the period: {}."), &[&ctx.count(p)])
            }
            None => lang.pick("Laissez vide si non suivi.", "Leave empty if not tracked.").to_string(),
        };
        ctx.bound_number(&format!("tracking.actuals.{i}"), label.into(), help.into())
    });
    html! {
        <>
            { ctx.fields(&[
                Field { path: "tracking.elapsed", label: ["Part de la période écoulée", "Share of the period elapsed"], help: ["Où vous en êtes aujourd'hui dans la période du plan.", "How far into the plan's period you are today."] },
            ]) }
            <fieldset class="fp-fieldset">
                <legend class="fp-field__label">
                    { lang.pick("Nombres réels par étape (facultatif)", "Actual counts per stage (optional)") }
                </legend>
                { for actuals }
            </fieldset>
        </>
    }
}

pub fn tracking_section(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let on = ctx.state.plan.tracking.enabled;
    let on_toggle = ctx.dispatch.reform(|on: bool| Action::Edit(Edit::UseTracking(on)));
    let inputs = html! {
        <>
            { toggle("fp-use-tracking", lang.pick("Suivre le réel face au plan", "Track actuals against the plan"), on, lang.pick(
                    "Activez-le pour saisir vos chiffres réels en cours de période : vous verrez le rythme de chaque étape (en avance, dans les temps, en retard), la projection en fin de période, les taux de conversion réels face aux prévus, et le goulet d'étranglement qui coûte le plus de clients, dans les unités de l'équipe concernée.",
                    "Turn it on to enter your actual numbers mid-period: you will see each stage's pace (ahead, on track, behind), the end-of-period projection, actual against planned conversion rates, and the bottleneck costing the most customers, in the owning team's units."), &on_toggle) }
            if on {
                { tracking_inputs(ctx) }
            }
        </>
    };
    let results = ctx.report().and_then(|r| r.tracking.as_ref()).map(|t| {
        html! {
            <>
                { bottleneck::bottleneck_box(ctx, t) }
                { stages::stage_table(ctx, t) }
                { transitions::transition_table(ctx, t) }
            </>
        }
    });
    html! {
        <div class="fp-main fp-main--wide">
            { inputs_card("fp-track-in", lang.pick("Suivi de la période", "Period tracking"), inputs) }
            if on {
                { results_card(ctx.lang(), ctx.outcome.stale, "fp-track-out", lang.pick("Réel face au plan", "Actuals against plan"),
                    html! { { for results } }) }
            }
        </div>
    }
}
