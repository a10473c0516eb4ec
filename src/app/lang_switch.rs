//! The FR / EN switch: two toggle buttons, the current language pressed.

use crate::i18n::{Lang, Text};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    pub lang: Lang,
    pub on_change: Callback<Lang>,
}

#[function_component(LangSwitch)]
pub fn lang_switch(props: &LangSwitchProps) -> Html {
    let button = |lang: Lang, label: &'static str, name: &'static str| {
        let pressed = props.lang == lang;
        let onclick = props.on_change.reform(move |_| lang);
        html! {
            <button type="button" class="fp-lang__btn" aria-pressed={pressed.to_string()}
                lang={lang.code()} title={name} {onclick}>{ label }</button>
        }
    };
    html! {
        <div class="fp-lang" role="group" aria-label={props.lang.t(Text::LanguageLabel)}>
            { button(Lang::Fr, "FR", "Français") }
            { button(Lang::En, "EN", "English") }
        </div>
    }
}
