//! Two or three scenarios side by side; rows whose values differ are highlighted and marked.

use crate::app::ctx::Ctx;
use crate::app::widgets::card;
use crate::state::compare::{rows, Figure, Value};
use yew::prelude::*;

fn figure_label(ctx: &Ctx, figure: &Figure) -> String {
    let lang = ctx.lang();
    match figure {
        Figure::Goal => lang.pick("Objectif de chiffre d'affaires", "Revenue goal").into(),
        Figure::DealSize => lang.pick("Vente moyenne", "Average deal size").into(),
        Figure::Customers => lang.pick("Clients nécessaires", "Customers needed").into(),
        Figure::Stage(name) => format!("{} — {name}", lang.pick("Volume", "Volume")),
        Figure::HandoverPerWeek => {
            lang.pick("Transmis aux ventes par semaine", "Handed to sales per week").into()
        }
        Figure::FollowUpHoursPerRep => lang
            .pick("Heures de relance par commercial et semaine", "Follow-up hours per rep per week")
            .into(),
        Figure::ExtraRepsNeeded => lang.pick("Commerciaux à ajouter", "Extra reps needed").into(),
        Figure::YearlyBudget => lang.pick("Budget marketing annuel", "Yearly marketing budget").into(),
        Figure::HitProbability => {
            lang.pick("Chance d'atteindre l'objectif", "Chance of reaching the goal").into()
        }
        Figure::SourceGoal(name) => {
            format!("{} — {}", lang.pick("Objectif", "Goal"), source_label(lang, name))
        }
        Figure::SourceCost(name) => format!("{} — {}", lang.pick("Coût", "Cost"), source_label(lang, name)),
    }
}

fn cell(ctx: &Ctx, value: &Value) -> String {
    match value {
        Value::Money(m) => ctx.money(*m),
        Value::Count(n) => ctx.count(*n),
        Value::Hours(h) => format!("{} h", ctx.decimal(*h, 1)),
        Value::Percent(p) => ctx.percent(*p),
        Value::Missing => "—".into(),
    }
}

pub fn comparison(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let scenarios = &ctx.state.scenarios;
    if scenarios.compared.len() < 2 {
        return html! {
                { card("fp-card", "fp-compare-title", lang.pick("Comparaison", "Comparison"), html! {
            <>
                    <p class="fp-empty">{ lang.pick(
                        "Cochez « Comparer » sur deux ou trois scénarios.",
                        "Tick \u{201c}Compare\u{201d} on two or three scenarios.") }</p>
            </>
        }) }
            };
    }
    let names: Vec<String> =
        scenarios.compared.iter().filter_map(|&i| scenarios.list.get(i)).map(|s| s.name.clone()).collect();
    html! {
        { card("fp-card fp-card--wide", "fp-compare-title", lang.pick("Comparaison", "Comparison"), html! {
            <>
                <div class="fp-table-wrap" role="region" tabindex="0" aria-labelledby="fp-compare-title">
                    <table class="fp-table fp-compare">
                        <caption>{ lang.pick(
                            "Chiffres clés de chaque scénario ; les lignes marquées ≠ diffèrent.",
                            "Key figures of each scenario; rows marked ≠ differ.") }</caption>
                        <thead><tr>
                            <th scope="col">{ lang.pick("Chiffre", "Figure") }</th>
                            { for names.iter().map(|n| html! { <th scope="col">{ n }</th> }) }
                        </tr></thead>
                        <tbody>
                            { for rows(scenarios).iter().map(|row| html! {
                                <tr class={row.differs.then_some("fp-compare--differs")}>
                                    <th scope="row">
                                        if row.differs {
                                            <span class="fp-compare__mark" title={lang.pick("diffère", "differs")}>{ "≠ " }</span>
                                        }
                                        { figure_label(ctx, &row.figure) }
                                    </th>
                                    { for row.values.iter().map(|v| html! { <td>{ cell(ctx, v) }</td> }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            </>
        }) }
    }
}

/// A source's name in a comparison row (the default source is unnamed).
fn source_label(lang: crate::i18n::Lang, name: &str) -> String {
    let name = name.trim();
    if name.is_empty() {
        crate::i18n::sources::default_source_name(lang).to_string()
    } else {
        name.to_string()
    }
}
