//! Marketing-, sales- and partner-sourced: each owner's customers, pipeline and revenue, and
//! their shares of the plan's (the split HubSpot's SLA sheet starts from).

use crate::app::ctx::Ctx;
use crate::app::widgets::{data_table, num, row};
use crate::engine::Decimal;
use crate::i18n::sources::owner_label;
use yew::prelude::*;

pub fn owner_results(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let Some(report) = ctx.report() else { return Html::default() };
    // "$500,000 (80 %)": the amount and its share of the plan's.
    let part = |v: Option<Decimal>, share: Option<Decimal>| {
        let amount = v.map_or_else(|| "—".to_string(), |v| ctx.money(v));
        AttrValue::from(match share {
            Some(share) => format!("{amount} ({})", ctx.percent(share)),
            None => amount,
        })
    };
    let rows = report.sources.by_owner.iter().map(|o| {
        row(
            owner_label(lang, o.owner).into(),
            vec![
                num(ctx.count(o.customers).into()),
                num(part(o.pipeline, o.pipeline_share)),
                num(part(o.revenue, o.revenue_share)),
            ],
        )
    });
    html! {
        <>
            { data_table(
                lang.pick("Part de chaque équipe", "Each team's part"),
                Some("fp-sources-owners"),
                lang.pick("Pipeline : personnes à la première étape des ventes × taille de contrat.", "Pipeline: people at the first sales stage × deal size."),
                &[
                    (lang.pick("Apporté par", "Sourced by"), false),
                    (lang.pick("Clients", "Customers"), true),
                    (lang.pick("Pipeline (part)", "Pipeline (share)"), true),
                    (lang.pick("Chiffre d'affaires (part)", "Revenue (share)"), true),
                ],
                html! { <>{ for rows }</> },
            ) }
        </>
    }
}
