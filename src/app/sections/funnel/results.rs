//! Results at a glance: the headline sentence (goal → leads, per month and per week), then the
//! customers and leads needed. Everything comes from the last report; stale when input is bad.

use crate::app::ctx::Ctx;
use crate::app::widgets::{self, figure, fill};
use crate::engine::PlanReport;
use crate::i18n::Text;
use yew::prelude::*;

/// "To reach 100,000 € you need 2,500 leads: 209 a month, 49 a week."
fn headline(ctx: &Ctx, report: &PlanReport) -> String {
    let split = &report.revenue;
    let goal = ctx.money(split.total_goal);
    if split.covered_by_existing {
        return fill(
            ctx.lang().pick(
                "Vos clients actuels couvrent déjà l'objectif de {} : aucun nouveau prospect n'est nécessaire.",
                "Your existing customers already cover the {} goal: no new leads are needed.",
            ),
            &[&goal],
        );
    }
    let lead = report.stages.get(report.lead_stage);
    let leads = ctx.count(lead.map_or(0, |s| s.volume));
    let pace = report.breakdowns.as_ref().and_then(|b| b.get(report.lead_stage));
    let month = ctx.count(pace.map_or(0, |b| b.months.pace));
    let week = ctx.count(pace.map_or(0, |b| b.weeks.pace));
    let from_new = (!split.from_existing.is_zero()).then(|| ctx.money(split.new_business_goal));
    let lang = ctx.lang();
    match from_new {
        None => fill(
            lang.pick(
                "Pour atteindre {} il vous faut {} prospects\u{a0}: {} par mois, {} par semaine.",
                "To reach {} you need {} leads: {} a month, {} a week.",
            ),
            &[&goal, &leads, &month, &week],
        ),
        Some(new) => fill(
            lang.pick(
                "Pour atteindre {} (dont {} de nouveaux clients) il vous faut {} prospects\u{a0}: {} par mois, {} par semaine.",
                "To reach {} ({} of it from new business) you need {} leads: {} a month, {} a week.",
            ),
            &[&goal, &new, &leads, &month, &week],
        ),
    }
}

pub fn results_card(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let body = ctx.report().map(|report| {
        let lead = report.stages.get(report.lead_stage);
        let lead_name = lead.map_or("", |s| s.name.as_str());
        let leads_how = fill(
            lang.pick(
                "Volume de l'étape « {} » : clients ÷ taux de conversion de chaque étape, arrondi au supérieur à chaque étape.",
                "Volume of the “{}” stage: customers ÷ each stage's conversion rate, rounded up at every stage.",
            ),
            &[lead_name],
        );
        html! {
            <>
                <p id="fp-headline" class="fp-headline">{ headline(ctx, report) }</p>
                <p class="fp-figure__how">
                    { lang.pick(
                        "Par mois et par semaine : le total divisé par le nombre de périodes, arrondi au supérieur.",
                        "A month and a week: the total divided by the number of periods, rounded up.",
                    ) }
                </p>
                <div class="fp-figures">
                    { figure("fp-customers", lang.t(Text::CustomersLabel), ctx.count(report.customers), lang.t(Text::CustomersHow)) }
                    { figure("fp-leads", lang.t(Text::LeadsLabel), ctx.count(lead.map_or(0, |s| s.volume)), leads_how) }
                </div>
            </>
        }
    });
    widgets::results_card(
        ctx.lang(),
        ctx.outcome.stale,
        "fp-results-title",
        lang.t(Text::ResultsHeading),
        body.unwrap_or_default(),
    )
}
