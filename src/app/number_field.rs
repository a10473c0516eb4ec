//! One labelled text field for numbers typed in the user's notation, with its help line and
//! its own error message wired to `aria-describedby`.

use super::widgets::flag;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    pub help: AttrValue,
    /// Unit shown after the field ("€", "%").
    #[prop_or_default]
    pub suffix: Option<AttrValue>,
    /// Message saying what is wrong and what is allowed; marks the field invalid.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub on_input: Callback<String>,
    /// Locked by a host page: shown, not editable.
    #[prop_or_default]
    pub readonly: bool,
    /// Shown while the field is empty (an optional override shows the value it falls back on).
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
}

/// The field's markup.
pub fn number_field(props: &NumberFieldProps) -> Html {
    let help_id = format!("{}-help", props.id);
    let error_id = format!("{}-error", props.id);
    let described_by = if props.error.is_some() { format!("{error_id} {help_id}") } else { help_id.clone() };
    let on_input = props.on_input.reform(|e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        input.value()
    });
    let invalid = props.error.is_some();
    html! {
        <div class="fp-field" data-invalid={flag(invalid)}>
            <label class="fp-field__label" for={props.id.clone()}>{ &props.label }</label>
            <div class="fp-field__control">
                <input
                    id={props.id.clone()}
                    class="fp-field__input"
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    spellcheck="false"
                    value={props.value.clone()}
                    aria-invalid={flag(invalid)}
                    readonly={props.readonly}
                    placeholder={props.placeholder.clone()}
                    aria-describedby={described_by}
                    oninput={on_input}
                />
                if let Some(suffix) = &props.suffix {
                    <span class="fp-field__suffix" aria-hidden="true">{ suffix }</span>
                }
            </div>
            if let Some(error) = &props.error {
                <p id={error_id} class="fp-field__error">{ error }</p>
            }
            <p id={help_id} class="fp-field__help">{ &props.help }</p>
        </div>
    }
}
