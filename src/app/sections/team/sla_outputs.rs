//! Both sides of the SLA as the engine worked them out (report.sla): what marketing delivers,
//! what sales does with it, and whether sales has the hours (verdict in colour, icon and
//! words).

use super::figure::small_figure;
use super::verdict::verdict;
use crate::app::ctx::Ctx;
use crate::app::widgets::flag;
use crate::engine::sla::SlaReport;
use crate::sla_text::words::{colon, weekday_label, weekday_name};
use yew::prelude::*;

/// `doc_open`: whether the printable document is shown (for the toggle's `aria-expanded`).
pub fn sla_outputs(ctx: &Ctx, doc_open: bool, on_toggle_doc: &Callback<()>) -> Html {
    let lang = ctx.lang();
    let stale = ctx.outcome.stale;
    let Some(report) = ctx.report() else { return html! {} };
    let body = match &report.sla {
        Some(sla) => {
            let stage = report.stages.get(report.handover_stage).map_or("", |s| s.name.as_str());
            html! { <>{ marketing(ctx, sla, stage) }{ sales(ctx, sla) }{ capacity(ctx, sla) }</> }
        }
        None => html! {
            <p class="fp-figure__how" id="fp-sla-missing">
                { lang.pick("Le SLA n'a pas pu être calculé : les volumes sont trop grands.",
                    "The SLA could not be computed: the volumes are too large.") }
            </p>
        },
    };
    let on_toggle = on_toggle_doc.reform(|_: MouseEvent| ());
    html! {
        <section class="fp-card fp-results"
            aria-labelledby="fp-sla-results-title" aria-live="polite" data-stale={flag(stale)}>
            <h2 id="fp-sla-results-title" class="fp-card__title">{ lang.pick("Le SLA marketing – ventes", "The marketing–sales SLA") }</h2>
            { body }
            <button type="button" id="fp-sla-doc-toggle" class="fp-btn" aria-expanded={flag(doc_open)}
                aria-controls="fp-sla-doc" onclick={on_toggle}>
                { if doc_open { lang.pick("Masquer le document SLA", "Hide the SLA document") }
                  else { lang.pick("Voir le document SLA à signer", "Show the SLA document to sign") } }
            </button>
        </section>
    }
}

fn marketing(ctx: &Ctx, sla: &SlaReport, stage: &str) -> Html {
    let lang = ctx.lang();
    let m = &sla.marketing;
    let day = weekday_name(m.handover_day, lang);
    let per_rep = m.per_rep.map(|n| ctx.count(n)).unwrap_or_else(|| "—".into());
    let per_rep_title = m.per_rep_exact.map(|x| ctx.decimal(x, 2));
    html! {
        <div class="fp-team-side">
            <h3 class="fp-team-subtitle">{ lang.pick("Le marketing livre", "Marketing delivers") }</h3>
            <div class="fp-team-stats">
                { small_figure("fp-sla-per-week", format!("{stage} {} {day}", lang.pick("chaque", "every")),
                    ctx.count(m.handover_per_week),
                    lang.pick("Volume de l'étape sur la période ÷ semaines, arrondi au supérieur.",
                        "Stage volume over the period ÷ weeks, rounded up.").into(), None) }
                { small_figure("fp-sla-per-rep", lang.pick("Par commercial et par semaine", "Per rep per week").into(),
                    per_rep, lang.pick("Livraison hebdomadaire ÷ commerciaux en poste, arrondi au supérieur.",
                        "Weekly hand-over ÷ reps on the team, rounded up.").into(), per_rep_title) }
                { small_figure("fp-sla-per-rep-month", lang.pick("Par commercial et par mois", "Per rep per month").into(),
                    m.per_rep_per_month.map(|n| ctx.count(n)).unwrap_or_else(|| "—".into()),
                    lang.pick("Volume mensuel de l'étape ÷ commerciaux en poste, arrondi au supérieur.",
                        "Monthly stage volume ÷ reps on the team, rounded up.").into(), None) }
                { small_figure("fp-sla-good-fit", lang.pick("Dont adaptés (bon fit)", "Of which good fit").into(),
                    ctx.count(m.good_fit_per_week),
                    format!("{} {}{}", lang.pick("Livraison hebdomadaire ×", "Weekly hand-over ×"),
                        ctx.percent(ctx.state.plan.sla.good_fit_share),
                        lang.pick(", arrondi à l'inférieur.", ", rounded down.")), None) }
            </div>
        </div>
    }
}

fn sales(ctx: &Ctx, sla: &SlaReport) -> Html {
    let lang = ctx.lang();
    let s = &sla.sales;
    let f = &s.follow_up;
    let offsets = f.day_offsets.iter().map(|d| ctx.count(u64::from(*d))).collect::<Vec<_>>().join(", ");
    let days = format!("{}{} {offsets}", lang.pick("Jours", "Days"), colon(lang));
    html! {
        <div class="fp-team-side">
            <h3 class="fp-team-subtitle">{ lang.pick("Les ventes s'engagent à", "Sales commits to") }</h3>
            <div class="fp-team-stats">
                { small_figure("fp-sla-contact", lang.pick("Premier contact sous", "First contact within").into(),
                    format!("{} h", ctx.count(u64::from(s.first_contact_hours))),
                    lang.pick("Délai maximal entre la livraison et le premier appel.",
                        "Longest delay between hand-over and the first call.").into(), None) }
                { small_figure("fp-sla-attempts",
                    format!("{} {} {}", lang.pick("Tentatives sur", "Attempts over"), ctx.count(u64::from(f.window_days)),
                        lang.pick("jours", "days")),
                    ctx.count(u64::from(f.attempts)),
                    format!("{days}. {}", lang.pick("Réparties régulièrement, de la livraison à la fin de la période.",
                        "Spread evenly from hand-over to the end of the window.")), None) }
                { small_figure("fp-sla-qualify", lang.pick("Qualification d'ici", "Qualified by").into(),
                    weekday_label(s.qualify_by, lang),
                    format!("{} + {} {} ({} {}).", weekday_label(sla.marketing.handover_day, lang),
                        ctx.decimal(ctx.state.plan.sla.qualify_within_days, 0), lang.pick("jours ouvrés", "working days"),
                        ctx.count(s.qualify_by_calendar_days), lang.pick("jours calendaires", "calendar days")), None) }
            </div>
        </div>
    }
}

fn capacity(ctx: &Ctx, sla: &SlaReport) -> Html {
    let lang = ctx.lang();
    let c = &sla.sales.capacity;
    let hours = |v: Option<crate::engine::Decimal>| {
        v.map(|h| format!("{} h", ctx.decimal(h, 1))).unwrap_or_else(|| "—".into())
    };
    html! {
        <div class="fp-team-side">
            <h3 class="fp-team-subtitle">{ lang.pick("Les ventes ont-elles le temps ?", "Does sales have the time?") }</h3>
            { verdict(lang, c.verdict, "fp-sla-verdict") }
            <div class="fp-team-stats">
                { small_figure("fp-sla-hours-needed", lang.pick("Heures de suivi par commercial et par semaine",
                    "Follow-up hours per rep per week").into(), hours(c.hours_needed_per_rep),
                    lang.pick("Livraison × tentatives × minutes ÷ 60 ÷ commerciaux.",
                        "Hand-over × attempts × minutes ÷ 60 ÷ reps.").into(), None) }
                { small_figure("fp-sla-hours-available", lang.pick("Heures de vente disponibles", "Selling hours available").into(),
                    hours(Some(c.hours_available_per_rep)),
                    lang.pick("Par commercial et par semaine, comme saisi.", "Per rep per week, as entered.").into(), None) }
                { small_figure("fp-sla-hours-missing", lang.pick("Heures manquantes par semaine", "Hours missing per week").into(),
                    hours(Some(c.hours_missing_total)),
                    format!("{} {}", lang.pick("Pour toute l'équipe ; par commercial :", "For the whole team; per rep:"),
                        hours(c.hours_missing_per_rep)), None) }
                { small_figure("fp-sla-reps-needed", lang.pick("Commerciaux nécessaires au suivi", "Reps the follow-up needs").into(),
                    c.reps_needed.map(|n| ctx.count(n)).unwrap_or_else(|| "—".into()),
                    format!("{} {}", lang.pick("Heures de suivi ÷ heures de vente, arrondi au supérieur. Manquants :",
                        "Follow-up hours ÷ selling hours, rounded up. Missing:"),
                        c.reps_missing.map(|r| ctx.decimal(r, 1)).unwrap_or_else(|| "—".into())), None) }
            </div>
        </div>
    }
}
