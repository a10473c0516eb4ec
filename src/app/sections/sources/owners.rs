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
    let money = |v: Option<Decimal>| v.map_or(AttrValue::from("—"), |v| AttrValue::from(ctx.money(v)));
    let share = |v: Option<Decimal>| v.map_or(AttrValue::from("—"), |v| AttrValue::from(ctx.percent(v)));
    let rows = report.sources.by_owner.iter().map(|o| {
        row(
            owner_label(lang, o.owner).into(),
            vec![
                num(ctx.count(o.customers).into()),
                num(money(o.pipeline)),
                num(share(o.pipeline_share)),
                num(money(o.revenue)),
                num(share(o.revenue_share)),
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
                    (lang.pick("Pipeline", "Pipeline"), true),
                    (lang.pick("Part du pipeline", "Pipeline share"), true),
                    (lang.pick("Chiffre d'affaires", "Revenue"), true),
                    (lang.pick("Part du CA", "Revenue share"), true),
                ],
                html! { <>{ for rows }</> },
            ) }
        </>
    }
}
