//! The inputs of the first slice: revenue goal, average deal size, lead → customer rate.

use super::number_field::NumberField;
use crate::engine::FieldError;
use crate::i18n::{Lang, Text};
use crate::state::{Action, State, DEAL_SIZE, GOAL, RATE};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GoalFormProps {
    pub state: State,
    pub errors: Vec<FieldError>,
    pub on_action: Callback<Action>,
}

pub fn currency_symbol(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "€",
        Lang::En => "$",
    }
}

#[function_component(GoalForm)]
pub fn goal_form(props: &GoalFormProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let error = |path: &str| -> Option<AttrValue> {
        state.error_for(&props.errors, path).map(|r| AttrValue::from(lang.reason(r)))
    };
    let currency = Some(AttrValue::from(currency_symbol(lang)));
    html! {
        <section class="fp-card fp-inputs" aria-labelledby="fp-inputs-title">
            <h2 id="fp-inputs-title" class="fp-card__title">{ lang.t(Text::InputsHeading) }</h2>
            <NumberField id="fp-goal" label={lang.t(Text::GoalLabel)} help={lang.t(Text::GoalHelp)}
                value={state.goal.clone()} suffix={currency.clone()} error={error(GOAL)}
                on_input={props.on_action.reform(Action::SetGoal)} />
            <NumberField id="fp-deal" label={lang.t(Text::DealSizeLabel)} help={lang.t(Text::DealSizeHelp)}
                value={state.deal_size.clone()} suffix={currency} error={error(DEAL_SIZE)}
                on_input={props.on_action.reform(Action::SetDealSize)} />
            <NumberField id="fp-rate" label={lang.t(Text::RateLabel)} help={lang.t(Text::RateHelp)}
                value={state.rate.clone()} suffix={Some(AttrValue::from("%"))} error={error(RATE)}
                on_input={props.on_action.reform(Action::SetRate)} />
        </section>
    }
}
