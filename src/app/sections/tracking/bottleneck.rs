//! The bottleneck callout: the conversion costing the most customers, said in the owning team's
//! units ("Marketing owes 400 more MQLs this period; this gap costs 40 customers").

use crate::app::ctx::Ctx;
use crate::app::widgets::fill;
use crate::engine::funnel::Team;
use crate::engine::tracking::TrackingReport;
use crate::i18n::Lang;
use yew::prelude::*;

/// A stage name for `n` people: English plural (acronyms take "s", "-y" takes "-ies");
/// French keeps acronyms invariable and adds "s" to words.
pub fn plural(unit: &str, n: u64, lang: Lang) -> String {
    let acronym = unit.chars().any(char::is_alphabetic) && !unit.chars().any(char::is_lowercase);
    if n <= 1 || unit.is_empty() {
        return unit.to_string();
    }
    match lang {
        Lang::Fr if acronym || unit.ends_with(['s', 'x', 'z']) => unit.to_string(),
        Lang::Fr => format!("{unit}s"),
        Lang::En if acronym => format!("{unit}s"),
        Lang::En => {
            let mut chars = unit.chars().rev();
            let (last, before) = (chars.next(), chars.next());
            let vowel = |c: Option<char>| c.is_some_and(|c| "aeiouAEIOU".contains(c));
            if last == Some('y') && !vowel(before) {
                format!("{}ies", &unit[..unit.len() - 1])
            } else if unit.ends_with(['s', 'x']) || unit.ends_with("ch") || unit.ends_with("sh") {
                format!("{unit}es")
            } else {
                format!("{unit}s")
            }
        }
    }
}

pub fn bottleneck_box(ctx: &Ctx, report: &TrackingReport) -> Html {
    let lang = ctx.lang();
    let tracked = report.stages.iter().filter(|s| s.actual.is_some()).count();
    let message = match &report.bottleneck {
        Some(b) => {
            let lost = ctx.decimal(b.customers_lost, 1);
            let customers = if b.customers_lost > 1 {
                lang.pick("clients", "customers")
            } else {
                lang.pick("client", "customer")
            };
            let unit = plural(&b.unit, b.owed, lang);
            let from = report.transitions.get(b.transition).map_or("", |t| t.from.as_str());
            match (b.owner, b.owed) {
                (_, 0) => fill(
                    lang.pick(
                        "Le passage {} → {} convertit moins que prévu ; cet écart coûte {} {}.",
                        "The {} → {} conversion is below plan; this gap costs {} {}.",
                    ),
                    &[from, &b.unit, &lost, customers],
                ),
                (Team::Marketing, owed) => fill(
                    lang.pick(
                        "Le marketing doit encore {} {} sur cette période ; cet écart coûte {} {}.",
                        "Marketing owes {} more {} this period; this gap costs {} {}.",
                    ),
                    &[&ctx.count(owed), &unit, &lost, customers],
                ),
                (Team::Sales, owed) => fill(
                    lang.pick(
                        "Les ventes doivent encore {} {} sur cette période ; cet écart coûte {} {}.",
                        "Sales owes {} more {} this period; this gap costs {} {}.",
                    ),
                    &[&ctx.count(owed), &unit, &lost, customers],
                ),
            }
        }
        None if tracked < 2 => lang
            .pick(
                "Saisissez les nombres réels d'au moins deux étapes pour comparer les conversions et trouver le goulet d'étranglement.",
                "Enter actual counts for at least two stages to compare conversions and find the bottleneck.",
            )
            .to_string(),
        None => lang
            .pick(
                "Aucun goulet d'étranglement : chaque conversion suivie est au niveau du plan ou au-dessus.",
                "No bottleneck: every tracked conversion is at or above plan.",
            )
            .to_string(),
    };
    let found = report.bottleneck.is_some();
    html! {
        <aside class={if found { "fp-callout fp-callout--alert" } else { "fp-callout" }} aria-labelledby="fp-bottleneck-title">
            <h3 id="fp-bottleneck-title" class="fp-callout__title">{ lang.pick("Goulet d'étranglement", "Bottleneck") }</h3>
            <p id="fp-bottleneck" class="fp-callout__text">{ message }</p>
            <p class="fp-figure__how">{ lang.pick(
                "La conversion dont l'écart au plan, appliqué au volume projeté et au reste de l'entonnoir, coûte le plus de clients.",
                "The conversion whose gap to plan, applied to the projected volume and the rest of the funnel, costs the most customers.") }</p>
        </aside>
    }
}
