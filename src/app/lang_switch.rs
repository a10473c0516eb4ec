//! The FR / EN switch: two toggle buttons, the current language pressed.

use super::widgets::flag;
use crate::i18n::{Lang, Text};
use yew::prelude::*;

pub fn lang_switch(current: Lang, on_change: &Callback<Lang>) -> Html {
    let button = |lang: Lang, label: &'static str, name: &'static str| {
        let pressed = current == lang;
        let onclick = on_change.reform(move |_| lang);
        html! {
            <button type="button" class="fp-lang__btn" aria-pressed={flag(pressed)}
                lang={lang.code()} title={name} {onclick}>{ label }</button>
        }
    };
    html! {
        <div class="fp-lang" role="group" aria-label={current.t(Text::LanguageLabel)}>
            { button(Lang::Fr, "FR", "Français") }
            { button(Lang::En, "EN", "English") }
        </div>
    }
}
