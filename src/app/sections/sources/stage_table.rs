//! A source's per-stage overrides as one compact table (a row per stage: rate to the next
//! stage, days to close, cost per person), each cell a number input bound to its registry path,
//! named by stage and column, showing the plan's value as placeholder and its own error. A long
//! table draws its first rows and the rest on request (`sections::pages`).

use crate::app::ctx::{field_id, Ctx};
use crate::app::sections::pages::{more_rows, use_pages};
use crate::app::widgets::{fill, flag, scroll_table};
use crate::browser::format::currency_symbol;
use crate::engine::Decimal;
use crate::state::registry::{self, Kind};
use crate::state::{write, Action};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct CellProps {
    path: AttrValue,
    label: AttrValue,
    value: AttrValue,
    placeholder: AttrValue,
    /// Unit after the input ("%", the currency symbol).
    suffix: Option<AttrValue>,
    error: Option<AttrValue>,
    dispatch: Callback<Action>,
}

/// One input: a component, so a keystroke re-renders the cell typed in, not the table.
#[function_component(Cell)]
fn cell(props: &CellProps) -> Html {
    let path = props.path.clone();
    let on_input = props.dispatch.reform(move |e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        Action::SetNumber { path: path.to_string(), text: input.value() }
    });
    let id = field_id(&props.path);
    let error_id = format!("{id}-error");
    html! {
        <td data-invalid={flag(props.error.is_some())}>
            <div class="fp-field__control">
                <input id={id} class="fp-field__input fp-source-stages__input" type="text" inputmode="decimal"
                    autocomplete="off" spellcheck="false" aria-label={props.label.clone()} value={props.value.clone()}
                    placeholder={props.placeholder.clone()} aria-invalid={flag(props.error.is_some())}
                    aria-describedby={props.error.as_ref().map(|_| error_id.clone())} oninput={on_input} />
                if let Some(suffix) = &props.suffix {
                    <span class="fp-field__suffix" aria-hidden="true">{ suffix }</span>
                }
            </div>
            if let Some(error) = &props.error {
                <p id={error_id} class="fp-field__error">{ error }</p>
            }
        </td>
    }
}

#[derive(Properties, PartialEq)]
pub struct StagesProps {
    pub ctx: Ctx,
    /// The source's index.
    pub source: usize,
}

/// The table of a source's per-stage overrides, its first rows drawn and the rest on request
/// (`sections::pages`): 200 stages are 600 inputs per source, 100 ms to build.
#[function_component(SourceStages)]
pub fn source_stages(props: &StagesProps) -> Html {
    let (ctx, i) = (&props.ctx, props.source);
    let lang = ctx.lang();
    let plan = &ctx.state.plan;
    let stages = plan.funnel.effective_stages();
    let pages = use_pages(stages.len());
    let region = use_node_ref();
    let on_all = pages.fill_table(&region);
    let last = stages.len().saturating_sub(1);
    let budget = plan.budget.as_ref();
    let money = currency_symbol(&ctx.state.currency, lang);
    let input = |path: String, label: String, placeholder: String| {
        let error = ctx.outcome.error_at(&path).map(|r| AttrValue::from(lang.reason(r)));
        let suffix = match registry::kind(&path) {
            Kind::Percent => Some(AttrValue::from("%")),
            Kind::Money => Some(AttrValue::from(money.clone())),
            _ => None,
        };
        html! {
            <Cell value={ctx.state.text(&path)} path={AttrValue::from(path)} label={AttrValue::from(label)}
                placeholder={AttrValue::from(placeholder)} {suffix} {error} dispatch={ctx.dispatch.clone()} />
        }
    };
    let rows = stages.iter().enumerate().take(pages.visible).map(|(s, stage)| {
        let label = |what: (&'static str, &'static str)| {
            fill(lang.pick("{} : {}", "{}: {}"), &[&stage.name, lang.pick(what.0, what.1)])
        };
        let plan_days = plan.cycle.days_to_close.get(s).copied().unwrap_or(Decimal::ZERO);
        let budget_cost = budget.and_then(|b| b.stage_costs.get(s).copied().flatten());
        html! {
            <tr>
                <th scope="row">{ stage.name.clone() }</th>
                if s < last {
                    { input(format!("sources.{i}.rates.{s}"), label(("taux vers l'étape suivante", "rate to the next stage")),
                        write(stage.rate, Kind::Percent, lang)) }
                    { input(format!("sources.{i}.days_to_close.{s}"), label(("jours avant signature", "days to close")),
                        write(plan_days, Kind::Days, lang)) }
                } else {
                    <td>{ "—" }</td><td>{ "—" }</td>
                }
                { input(format!("sources.{i}.stage_costs.{s}"), label(("coût par personne", "cost per person")),
                    budget_cost.map(|c| write(c, Kind::Money, lang)).unwrap_or_default()) }
            </tr>
        }
    });
    let caption = lang.pick(
        "Par étape ; vide = la valeur du plan, affichée en gris.",
        "Per stage; empty = the plan's value, shown in grey.",
    );
    let table = scroll_table(
        lang.pick("Chiffres propres par étape", "Own figures per stage"),
        html! {
            <table class="fp-table fp-source-stages" id={format!("fp-source-{i}-stages")}>
                <caption>{ caption }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ lang.pick("Étape", "Stage") }</th>
                        <th scope="col">{ lang.pick("Taux vers l'étape suivante", "Rate to the next stage") }</th>
                        <th scope="col">{ lang.pick("Jours avant signature", "Days to close") }</th>
                        <th scope="col">{ lang.pick("Coût par personne", "Cost per person") }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        },
    );
    let id = format!("fp-source-{i}-stages");
    let more = more_rows(ctx, &pages, &id, on_all);
    html! {
        <div ref={region}>
            { table }
            <div class="fp-more-rows">{ more }</div>
        </div>
    }
}
