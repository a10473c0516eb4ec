//! The agreement's three commitments on the first screen: what marketing hands over each
//! week (per source too, with several sources), what sales owes each hand-over, and whether
//! the team can carry it (quota capacity and follow-up hours together). Read from
//! `report.commitments` only.

use crate::app::ctx::Ctx;
use crate::app::widgets::fill;
use crate::engine::commitments::{Carry, Commitments};
use crate::engine::sources::SourcesReport;
use crate::engine::Decimal;
use crate::i18n::Lang;
use crate::sla_text::words::{noun, noun_n, weekday_name};
use yew::prelude::*;

/// The three commitments side by side (stacked on a phone).
pub fn commitments(ctx: &Ctx, c: &Commitments, sources: &SourcesReport) -> Html {
    html! {
        <div class="fp-commit">
            { marketing(ctx, c, sources) }
            { sales(ctx, c) }
            { team(ctx, c.team.as_ref()) }
        </div>
    }
}

/// One commitment: who owes it, the promise in one strong line, then its details.
fn item(id: &'static str, who: &str, promise: String, details: Html, state: Option<bool>) -> Html {
    let state = state.map(|ok| if ok { "ok" } else { "short" });
    html! {
        <section {id} class="fp-commit__item" data-state={state} aria-labelledby={format!("{id}-who")}>
            <h3 id={format!("{id}-who")} class="fp-commit__who">{ who }</h3>
            <p class="fp-commit__promise">{ promise }</p>
            { details }
        </section>
    }
}

fn marketing(ctx: &Ctx, c: &Commitments, sources: &SourcesReport) -> Html {
    let lang = ctx.lang();
    let m = &c.marketing;
    let day = weekday_name(m.day, lang);
    let promise =
        fill(lang.pick("{} {} chaque {}", "{} {} every {}"), &[&ctx.count(m.per_week), &m.stage_name, day]);
    let fit = fill(
        lang.pick("dont {} de bons profils ({})", "{} of them a good fit ({})"),
        &[&ctx.count(m.good_fit_per_week), &ctx.percent(m.good_fit_share)],
    );
    let scoring = m.from_scoring.then(|| {
        lang.pick("Les leads « prêts pour la vente » du scoring.", "Lead scoring's sales-ready leads.")
    });
    let per_source: Vec<(String, u64)> = if sources.sources.len() > 1 {
        sources
            .sources
            .iter()
            .filter_map(|s| s.handover_weekly.as_ref().map(|w| (s.name.clone(), w.pace)))
            .collect()
    } else {
        Vec::new()
    };
    let details = html! {
        <>
            <p class="fp-commit__line">{ fit }</p>
            if let Some(text) = scoring {
                <p class="fp-commit__line">{ text }</p>
            }
            if !per_source.is_empty() {
                <ul class="fp-commit__sources" aria-label={lang.pick("Par source, chaque semaine", "Per source, each week")}>
                    { for per_source.iter().map(|(name, n)| html! {
                        <li>{ format!("{name}{} {}", crate::sla_text::words::colon(lang), ctx.count(*n)) }</li>
                    }) }
                </ul>
            }
        </>
    };
    item(
        "fp-commit-marketing",
        lang.pick("Le marketing livre", "Marketing hands over"),
        promise,
        details,
        None,
    )
}

fn sales(ctx: &Ctx, c: &Commitments) -> Html {
    let lang = ctx.lang();
    let s = &c.sales;
    let hours = noun_n(u64::from(s.first_contact_hours), lang, ("heure", "heures"), ("hour", "hours"));
    let promise = fill(
        lang.pick("Premier contact sous {} {}", "First contact within {} {}"),
        &[&ctx.count(u64::from(s.first_contact_hours)), hours],
    );
    let days = noun_n(
        u64::from(s.accept_within_days),
        lang,
        ("jour ouvré", "jours ouvrés"),
        ("working day", "working days"),
    );
    let accept = fill(
        lang.pick(
            "accepter ou refuser sous {} {} (au plus tard {}),",
            "accept or reject within {} {} (by {}),",
        ),
        &[&ctx.count(u64::from(s.accept_within_days)), days, weekday_name(s.accept_by, lang)],
    );
    let attempts = fill(
        lang.pick("puis {} {} sur {} {} par lead accepté.", "then {} {} over {} {} per accepted lead."),
        &[
            &ctx.count(u64::from(s.attempts)),
            noun_n(u64::from(s.attempts), lang, ("tentative", "tentatives"), ("attempt", "attempts")),
            &ctx.count(u64::from(s.window_days)),
            noun_n(u64::from(s.window_days), lang, ("jour", "jours"), ("day", "days")),
        ],
    );
    let details = html! { <p class="fp-commit__line">{ format!("{accept} {attempts}") }</p> };
    item(
        "fp-commit-sales",
        lang.pick("Les ventes, à chaque livraison", "Sales owes each hand-over"),
        promise,
        details,
        None,
    )
}

fn team(ctx: &Ctx, carry: Option<&Carry>) -> Html {
    let lang = ctx.lang();
    let who = lang.pick("L'équipe peut-elle tenir ?", "Can the team carry it?");
    let Some(t) = carry else {
        let text = lang.pick("Capacité hors de portée du calcul.", "Capacity out of reach.").to_string();
        return item("fp-commit-team", who, text, Html::default(), None);
    };
    let promise = match (t.holds(), lang) {
        (true, Lang::Fr) => "Oui : quota et heures suffisent".to_string(),
        (true, Lang::En) => "Yes: quota and hours both hold".to_string(),
        (false, Lang::Fr) if !t.capacity_holds && !t.hours_hold => {
            "Non : ni le quota ni les heures".to_string()
        }
        (false, Lang::En) if !t.capacity_holds && !t.hours_hold => "No: neither quota nor hours".to_string(),
        (false, Lang::Fr) if !t.hours_hold => "Non : il manque des heures de suivi".to_string(),
        (false, Lang::En) if !t.hours_hold => "No: follow-up hours fall short".to_string(),
        (false, Lang::Fr) => "Non : le quota ne couvre pas l'objectif".to_string(),
        (false, Lang::En) => "No: quota falls short of the goal".to_string(),
    };
    let mark = |ok: bool| if ok { "✓" } else { "✗" };
    let hours = |v: Decimal| {
        format!("{} {}", ctx.decimal(v, 1), noun(v.round_to(1), lang, ("heure", "heures"), ("hour", "hours")))
    };
    let capacity = fill(
        lang.pick("{} Quota : {} pour un objectif de {}", "{} Quota: {} against a {} goal"),
        &[mark(t.capacity_holds), &ctx.money(t.capacity), &ctx.money(t.goal)],
    );
    let follow = fill(
        lang.pick(
            "{} Suivi : {} par semaine pour {} de vente",
            "{} Follow-up: {} a week against {} of selling",
        ),
        &[mark(t.hours_hold), &hours(t.hours_needed), &hours(t.hours_available)],
    );
    let reps = fill(
        lang.pick(
            "{} {} en moyenne, recrues comprises selon leur montée en charge",
            "{} {} on average, hires counted as they ramp",
        ),
        &[
            &ctx.decimal(t.reps, 1),
            noun(
                t.reps.round_to(1),
                lang,
                ("commercial productif", "commerciaux productifs"),
                ("productive rep", "productive reps"),
            ),
        ],
    );
    let details = html! {
        <>
            <p class="fp-commit__line" data-holds={crate::app::widgets::flag(t.capacity_holds)}>{ capacity }</p>
            <p class="fp-commit__line" data-holds={crate::app::widgets::flag(t.hours_hold)}>{ follow }</p>
            <p class="fp-commit__line fp-commit__muted">{ reps }</p>
        </>
    };
    item("fp-commit-team", who, promise, details, Some(t.holds()))
}
