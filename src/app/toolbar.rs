//! Header controls: language, currency and theme.

use super::lang_switch::LangSwitch;
use crate::i18n::Lang;
use crate::state::prefs::{Theme, CURRENCIES};
use crate::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub lang: Lang,
    pub currency: AttrValue,
    pub theme: Theme,
    pub on_action: Callback<Action>,
}

#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let lang = props.lang;
    let on_currency = props.on_action.reform(|e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        Action::SetCurrency(select.value())
    });
    let on_theme = props.on_action.reform(|e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        Action::SetTheme(Theme::from_code(&select.value()).unwrap_or_default())
    });
    let theme_option = |theme: Theme, label: &'static str| {
        html! { <option value={theme.code()} selected={props.theme == theme}>{ label }</option> }
    };
    html! {
        <div class="fp-toolbar">
            <label class="fp-toolbar__item">
                <span class="fp-toolbar__label">{ lang.pick("Devise", "Currency") }</span>
                <select class="fp-select" onchange={on_currency}>
                    { for CURRENCIES.iter().map(|code| html! {
                        <option value={*code} selected={props.currency == *code}>{ *code }</option>
                    }) }
                </select>
            </label>
            <label class="fp-toolbar__item">
                <span class="fp-toolbar__label">{ lang.pick("Thème", "Theme") }</span>
                <select class="fp-select" onchange={on_theme}>
                    { theme_option(Theme::Auto, lang.pick("Système", "System")) }
                    { theme_option(Theme::Light, lang.pick("Clair", "Light")) }
                    { theme_option(Theme::Dark, lang.pick("Sombre", "Dark")) }
                </select>
            </label>
            <LangSwitch lang={lang} on_change={props.on_action.reform(Action::SetLang)} />
        </div>
    }
}
