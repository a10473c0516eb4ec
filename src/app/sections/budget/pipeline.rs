//! Open pipeline against the quota left: open value per stage, quota, opportunities, win rate
//! and cycle in; coverage, weighted coverage, velocity and days to quota out.

use crate::app::ctx::{Ctx, Field};
use crate::app::widgets::fill;
use crate::app::widgets::{figure, figure_note};
use crate::engine::report::PipelineReport;
use yew::prelude::*;

pub fn pipeline_inputs(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let stages = ctx.state.plan.funnel.effective_stages();
    let last = stages.len().saturating_sub(1);
    let open = stages.into_iter().enumerate().take(last).map(|(i, stage)| {
        let label = fill(lang.pick("Valeur ouverte au stade {}", "Open value at {}"), &[&stage.name]);
        let help =
            lang.pick("Valeur des affaires en cours à ce stade.", "Value of the deals open at this stage.");
        ctx.bound_number(&format!("pipeline.open_value_by_stage.{i}"), label.into(), help.into())
    });
    html! {
        <>
            <details class="fp-details">
                <summary>{ lang.pick("Affaires ouvertes par étape", "Open deals per stage") }</summary>
                { for open }
            </details>
            { ctx.fields(&[
                Field { path: "pipeline.remaining_quota", label: ["Quota restant", "Quota left"], help: ["Ce qu'il reste à signer ; 0 = l'objectif de nouveaux revenus.", "What is still to close; 0 = the new-business goal."] },
                Field { path: "pipeline.opportunities", label: ["Opportunités ouvertes", "Open opportunities"], help: ["Nombre d'opportunités en cours, pour la vélocité.", "Opportunities open now, for velocity."] },
                Field { path: "pipeline.win_rate", label: ["Taux de signature", "Win rate"], help: ["Part des opportunités gagnées.", "Share of opportunities won."] },
                Field { path: "pipeline.cycle_days", label: ["Cycle de vente (jours)", "Sales cycle (days)"], help: ["Jours moyens de l'opportunité à la signature ; 0 = vélocité non calculée.", "Average days from opportunity to close; 0 = no velocity."] },
            ]) }
        </>
    }
}

pub fn pipeline_results(ctx: &Ctx) -> Html {
    match ctx.report() {
        Some(r) => figures(ctx, &r.pipeline),
        None => Html::default(),
    }
}

fn times(ctx: &Ctx, v: crate::engine::Decimal) -> AttrValue {
    AttrValue::from(fill(ctx.lang().pick("{} ×", "{}×"), &[&ctx.decimal(v, 2)]))
}

fn figures(ctx: &Ctx, p: &PipelineReport) -> Html {
    let lang = ctx.lang();
    let dash = AttrValue::from("—");
    let (open, weighted, coverage, weighted_coverage) = match &p.coverage {
        Some(c) => (
            ctx.money(c.open_value),
            ctx.money(c.weighted_value),
            c.coverage.map_or(dash.clone(), |v| times(ctx, v)),
            c.weighted_coverage.map_or(dash.clone(), |v| times(ctx, v)),
        ),
        None => ("—".into(), "—".into(), dash.clone(), dash.clone()),
    };
    let velocity = p.velocity.as_ref();
    let per_day = velocity.map_or(dash.clone(), |v| {
        AttrValue::from(fill(lang.pick("{} / jour", "{} / day"), &[&ctx.money(v.revenue_per_day)]))
    });
    let days = velocity.and_then(|v| v.days_to_quota).map_or(dash.clone(), |d| {
        AttrValue::from(fill(lang.pick("{} jours", "{} days"), &[&ctx.decimal(d, 0)]))
    });
    let velocity_note = velocity.is_none().then_some(AttrValue::from(lang.pick(
        "Saisissez un cycle de vente en jours pour la calculer.",
        "Enter a sales cycle in days to get it.",
    )));
    html! {
        <div class="fp-figures fp-figures--grid">
            { figure("fp-pipe-quota", lang.pick("Quota à couvrir", "Quota to cover"), ctx.money(p.remaining_quota), lang.pick("Le quota restant saisi, sinon l'objectif de nouveaux revenus.",
                    "The quota left you entered, else the new-business goal.")) }
            { figure_note("fp-pipe-coverage", lang.pick("Couverture du pipeline", "Pipeline coverage"), coverage, lang.pick("Valeur ouverte totale ÷ quota à couvrir.", "Total open value ÷ quota to cover."), fill(lang.pick("Ouvert : {}", "Open: {}"), &[&open])) }
            { figure_note("fp-pipe-weighted", lang.pick("Couverture pondérée", "Weighted coverage"), weighted_coverage, fill(lang.pick("Valeur ouverte de chaque étape × son taux jusqu'au client, ÷ quota ; {} ou plus devrait suffire.",
                    "Each stage's open value × its rate to customer, ÷ quota; {} or more should close it."),
                    &[&times(ctx, crate::engine::Decimal::ONE)]), fill(lang.pick("Attendu : {}", "Expected: {}"), &[&weighted])) }
            { figure_note("fp-pipe-velocity", lang.pick("Vélocité des ventes", "Sales velocity"), per_day, lang.pick("Opportunités × panier moyen × taux de signature ÷ jours du cycle.",
                    "Opportunities × deal size × win rate ÷ cycle days."), velocity_note.clone()) }
            { figure_note("fp-pipe-days", lang.pick("Jours pour atteindre le quota", "Days to quota"), days, lang.pick("Quota à couvrir ÷ vélocité par jour.", "Quota to cover ÷ velocity per day."), velocity_note) }
        </div>
    }
}
