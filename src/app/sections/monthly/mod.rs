//! The Monthly section (issue 14): the plan run month after month. Actuals typed in a month (or
//! week) × stage grid, totals or per source, pasted from a spreadsheet or counted from a CRM export; plan vs actual per month
//! and to date with the pace, projections, each team's gap and what next month needs; SLA
//! compliance for both teams; the agreement as a living document; the monthly report.

pub mod agreement;
pub mod by_source;
pub mod crm;
pub mod grid;
pub mod paste;
pub mod pick;
pub mod reasons;
pub mod report;
pub mod results;
pub mod sla;
pub mod target;
pub mod weekly;

use crate::app::ctx::{Ctx, SectionProps};
use crate::app::sections::pages::use_pages;
use crate::app::widgets::{inputs_card, results_card};
use crate::engine::Plan;
use crate::i18n::Lang;
use yew::prelude::*;

/// Plan month `m`'s label: "mars 2026" once the start month is set, else "mois 3".
pub fn month_label(plan: &Plan, m: u32, lang: Lang) -> String {
    crate::monthly_text::month_label(plan, m, lang)
}

/// The funnel's stage names in use (what pasted headers and CRM statuses are matched to).
pub fn stage_names(plan: &Plan) -> Vec<String> {
    plan.funnel.effective_stages().into_iter().map(|s| s.name).collect()
}

/// Months in the plan's horizon.
pub fn horizon_months(plan: &Plan) -> u32 {
    plan.periods.horizon.months() as u32
}

#[function_component(MonthlySection)]
pub fn monthly_section(props: &SectionProps) -> Html {
    let ctx: &Ctx = &props.ctx;
    let lang = ctx.lang();
    let stale = ctx.outcome.stale;
    let target = use_state(target::Target::default);
    let shown = target.normalized(&ctx.state.plan);
    let pages = use_pages(ctx.state.plan.funnel.effective_len());
    let on_target = {
        let target = target.clone();
        Callback::from(move |t: target::Target| target.set(t))
    };
    let inputs = html! {
        <>
            { grid::grid(ctx, &shown, target::switch(ctx, &shown, &on_target), &pages) }
            <paste::PasteBox ctx={ctx.clone()} target={shown.clone()} />
            <crm::CrmBox ctx={ctx.clone()} />
        </>
    };
    html! {
        <div class="fp-main fp-main--wide fp-monthly">
            { inputs_card("fp-monthly-in", lang.pick("Le réel, mois par mois", "Actuals, month by month"), inputs) }
            { results_card(lang, stale, "fp-monthly-out", lang.pick("Prévu et réalisé", "Plan vs actual"), results::results(ctx)) }
            { inputs_card("fp-monthly-sla", lang.pick("Respect du SLA, des deux côtés", "SLA compliance, both sides"),
                html! { <sla::SlaBox ctx={ctx.clone()} /> }) }
            { inputs_card("fp-monthly-agreement", lang.pick("L'accord, document vivant", "The agreement, a living document"),
                html! { <agreement::AgreementBox ctx={ctx.clone()} /> }) }
            { inputs_card("fp-monthly-report", lang.pick("Rapport mensuel", "Monthly report"),
                html! { <report::ReportBox ctx={ctx.clone()} /> }) }
        </div>
    }
}
