//! A source's own figures, folded in a details block: deal size, cost per lead, most leads,
//! and the per-stage table (rate, days to close, cost). Each empty field shows, as placeholder,
//! the plan's value it falls back on.

use super::stage_table::SourceStages;
use crate::app::ctx::Ctx;
use crate::engine::Decimal;
use crate::state::registry::Kind;
use crate::state::write;
use yew::prelude::*;

pub fn overrides(ctx: &Ctx, i: usize) -> Html {
    let lang = ctx.lang();
    let plan = &ctx.state.plan;
    let Some(source) = plan.sources.get(i) else { return Html::default() };
    let shown = |value: Decimal, kind: Kind| write(value, kind, lang);
    let budget = plan.budget.as_ref();
    let own = source.deal_size.is_some()
        || source.has_own_costs()
        || source.max_leads.is_some()
        || source.rates.iter().chain(&source.days_to_close).any(Option::is_some);
    let cost_help = lang.pick(
        "Sans coût propre, la source coûte ce que dit le budget du plan.",
        "With no cost of its own, the source costs what the plan's budget says.",
    );
    html! {
        <details class="fp-details" id={format!("fp-source-{i}-own")} open={own}>
            <summary>{ lang.pick("Chiffres propres à la source (facultatif)", "The source's own figures (optional)") }</summary>
            <div class="fp-stage__grid">
                { ctx.bound_number_or(&format!("sources.{i}.deal_size"), lang.pick("Taille de contrat", "Deal size").into(),
                    lang.pick("Vide = la taille de contrat du plan.", "Empty = the plan's deal size.").into(),
                    shown(plan.deal_size, Kind::Money)) }
                { ctx.bound_number_or(&format!("sources.{i}.cost_per_lead"), lang.pick("Coût par prospect", "Cost per lead").into(),
                    cost_help.into(), budget.and_then(|b| b.cost_per_lead).map(|c| shown(c, Kind::Money)).unwrap_or_default()) }
                { ctx.bound_number(&format!("sources.{i}.max_leads"), lang.pick("Prospects au plus", "Most leads").into(),
                    lang.pick("Ce que la source peut apporter sur la période ; borne le mix le moins cher.", "What the source can bring over the horizon; bounds the cheapest mix.").into()) }
            </div>
            <SourceStages ctx={ctx.clone()} source={i} />
        </details>
    }
}
