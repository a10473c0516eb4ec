//! SLA compliance for both teams: the counts recorded for one month or week (number fields
//! `actuals.sla.records.#.*`, rejection reasons as rows: `reasons`), then every recorded
//! period's clauses met, missed or without data, and the list of clauses missed.

use super::month_label;
use super::pick::select;
use crate::app::ctx::{Ctx, SectionProps};
use crate::app::widgets::{choice, fill, table};
use crate::engine::actuals::compliance::{ClauseStatus, ComplianceReport, Granularity};
use crate::engine::clause::Clause;
use crate::monthly_text::words::{clause_name, clause_status};
use crate::state::edits::Edit;
use crate::state::monthly::MonthlyEdit;
use crate::state::registry::periods::index_of;
use crate::state::Action;
use yew::prelude::*;

fn period_label(ctx: &Ctx, g: Granularity, p: u32) -> String {
    match g {
        Granularity::Month => month_label(&ctx.state.plan, p, ctx.lang()),
        Granularity::Week => format!("{} {p}", ctx.lang().pick("semaine", "week")),
    }
}

#[function_component(SlaBox)]
pub fn sla_box(props: &SectionProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang();
    let plan = &ctx.state.plan;
    let g = plan.actuals.sla.granularity;
    let records = &plan.actuals.sla.records;
    let last = records.iter().filter(|r| r.handed_over.is_some()).map(|r| r.period).max().unwrap_or(0);
    let period = use_state(|| None::<u32>);
    let shown = period.unwrap_or(last.max(1));
    let periods: u32 = match g {
        Granularity::Month => plan.periods.horizon.months() as u32,
        Granularity::Week => (last + 1).clamp(4, 53),
    };
    let options: Vec<(String, String)> =
        (1..=periods).map(|p| (p.to_string(), period_label(ctx, g, p))).collect();
    let on_period = {
        let period = period.clone();
        Callback::from(move |v: String| period.set(v.parse().ok()))
    };
    let on_granularity = {
        let (dispatch, period) = (ctx.dispatch.clone(), period.clone());
        Callback::from(move |i: usize| {
            period.set(None);
            let g = if i == 1 { Granularity::Week } else { Granularity::Month };
            dispatch.emit(Action::Edit(Edit::Monthly(MonthlyEdit::SetGranularity(g))));
        })
    };
    let i = index_of(records, shown);
    let field = |name: &str, label: [&'static str; 2], help: [&'static str; 2]| {
        ctx.bound_number(
            &format!("actuals.sla.records.{i}.{name}"),
            lang.pick(label[0], label[1]).into(),
            lang.pick(help[0], help[1]).into(),
        )
    };
    html! {
        <>
            { choice("fp-sla-granularity", lang.pick("Suivi du SLA", "SLA tracked"),
                &[lang.pick("par mois", "per month"), lang.pick("par semaine", "per week")],
                usize::from(g == Granularity::Week), &on_granularity) }
            { ctx.number("actuals.sla.sales_target_share", lang.pick("Part des leads à traiter dans les délais", "Share of leads to treat in time"),
                lang.pick("Le SLA dit « chaque lead » : 100 %. Une clause des ventes est tenue au-dessus de cette part.",
                    "The SLA says “every lead”: 100 %. A sales clause is met at or above this share.")) }
            { select("fp-sla-period", lang.pick("Période saisie", "Period recorded"), &options, &shown.to_string(), &on_period) }
            <fieldset class="fp-fieldset fp-sla-record">
                <legend class="fp-field__label">{ fill(lang.pick("Ce qui s'est passé — {}", "What happened — {}"), &[&period_label(ctx, g, shown)]) }</legend>
                { field("handed_over", ["Leads livrés aux ventes", "Leads handed over"], ["Marketing : le volume promis est celui du plan.", "Marketing: the volume promised is the plan's."]) }
                { field("good_fit", ["Dont adaptés (bon fit)", "Of which good fit"], ["Marketing : part promise dans le SLA.", "Marketing: share promised in the SLA."]) }
                { field("contacted_in_time", ["Contactés dans le délai", "Contacted in time"], ["Ventes : premier contact dans la fenêtre.", "Sales: first contact within the window."]) }
                { field("all_attempts_in_time", ["Toutes les relances faites", "All attempts made"], ["Ventes : chaque relance dans la fenêtre.", "Sales: every attempt within the window."]) }
                { field("decided_in_time", ["Acceptés ou rejetés dans le délai", "Accepted or rejected in time"], ["Ventes : décision avant l'échéance.", "Sales: decision by the deadline."]) }
                { field("accepted", ["Acceptés", "Accepted"], ["Au total sur la période.", "In all over the period."]) }
                { field("rejected", ["Rejetés", "Rejected"], ["Au total sur la période.", "In all over the period."]) }
                <super::reasons::ReasonRows ctx={ctx.clone()} period={shown} index={i} />
            </fieldset>
            { ctx.report().and_then(|r| r.actuals.as_ref()?.compliance.as_ref()).map(|c| compliance(ctx, c)).unwrap_or_default() }
        </>
    }
}

fn compliance(ctx: &Ctx, c: &ComplianceReport) -> Html {
    let lang = ctx.lang();
    let head = html! {
        <tr>
            <th scope="col">{ lang.pick("Période", "Period") }</th>
            { for Clause::ALL.iter().map(|cl| html! { <th scope="col">{ clause_name(*cl, lang) }</th> }) }
        </tr>
    };
    let rows = c.periods.iter().map(|p| {
        let cells = p.clauses.iter().map(|x| {
            let actual = x.actual.map(|a| {
                if x.clause == Clause::HandoverVolume {
                    format!(" ({} / {})", ctx.decimal(a, 0), ctx.decimal(x.target, 0))
                } else {
                    format!(" ({} / {})", ctx.percent(a.round_to(2)), ctx.percent(x.target))
                }
            });
            let class = match x.status {
                ClauseStatus::Met => "fp-clause fp-clause--met",
                ClauseStatus::Missed => "fp-clause fp-clause--missed",
                ClauseStatus::NoData => "fp-clause",
            };
            html! { <td class={class}>{ clause_status(x.status, lang) }{ actual.unwrap_or_default() }</td> }
        });
        html! { <tr><th scope="row">{ period_label(ctx, c.granularity, p.period) }</th>{ for cells }</tr> }
    });
    let missed = c.missed.iter().map(|(p, cl)| html! { <li>{ format!("{} — {}", period_label(ctx, c.granularity, *p), clause_name(*cl, lang)) }</li> });
    let reasons =
        c.reasons.iter().map(|(r, n)| format!("{r} ({})", ctx.count(*n))).collect::<Vec<_>>().join(", ");
    html! {
        <div id="fp-compliance">
            { table(lang.pick("Clauses tenues par période", "Clauses met per period"), Some("fp-compliance-table"),
                lang.pick("Chaque clause, tenue ou non, par période (réalisé / engagement)", "Each clause met or missed per period (actual / commitment)"),
                head, html! { <tbody>{ for rows }</tbody> }) }
            <h3 class="fp-subtitle">{ lang.pick("Clauses non tenues", "Clauses missed") }</h3>
            <ul id="fp-compliance-missed">
                if c.missed.is_empty() {
                    <li>{ lang.pick("Aucune : toutes les clauses mesurées sont tenues.", "None: every clause measured is met.") }</li>
                }
                { for missed }
            </ul>
            if !reasons.is_empty() {
                <p id="fp-compliance-reasons">{ format!("{} {reasons}", lang.pick("Motifs de rejet :", "Rejection reasons:")) }</p>
            }
        </div>
    }
}
