//! The header: the title, and its controls (language, currency, theme, folding help lines
//! away). A component compared by its props, so a keystroke in the plan does not draw it again.

use super::lang_switch::lang_switch;
use crate::i18n::{Lang, Text};
use crate::state::prefs::{Theme, CURRENCIES};
use crate::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub lang: Lang,
    pub currency: AttrValue,
    pub theme: Theme,
    pub help_folded: bool,
    pub on_action: Callback<Action>,
    pub on_help: Callback<bool>,
}

#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let lang = props.lang;
    html! {
        <header class="fp-header">
            <div>
                <h1 class="fp-title">{ lang.t(Text::AppTitle) }</h1>
                <p class="fp-tagline">{ lang.t(Text::Tagline) }</p>
            </div>
            { toolbar(lang, &props.currency, props.theme, &props.on_action, props.help_folded, &props.on_help) }
        </header>
    }
}

fn toolbar(
    lang: Lang,
    currency: &str,
    current: Theme,
    on_action: &Callback<Action>,
    help_folded: bool,
    on_help: &Callback<bool>,
) -> Html {
    let on_help = on_help.reform(move |_: MouseEvent| !help_folded);
    let on_currency = on_action.reform(|e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        Action::SetCurrency(select.value())
    });
    let on_theme = on_action.reform(|e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        Action::SetTheme(Theme::from_code(&select.value()).unwrap_or_default())
    });
    let theme_option = |theme: Theme, label: &'static str| {
        html! { <option value={theme.code()} selected={current == theme}>{ label }</option> }
    };
    html! {
        <div class="fp-toolbar">
            <label class="fp-toolbar__item">
                <span class="fp-toolbar__label">{ lang.pick("Devise", "Currency") }</span>
                <select class="fp-select" onchange={on_currency}>
                    { for CURRENCIES.iter().map(|code| html! {
                        <option value={*code} selected={currency == *code}>{ *code }</option>
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
            <button type="button" class="fp-btn fp-btn--ghost fp-help-toggle" id="fp-help-toggle"
                aria-pressed={crate::app::widgets::flag(!help_folded)} onclick={on_help}>
                { lang.pick("Aide", "Help") }
            </button>
            { lang_switch(lang, &on_action.reform(Action::SetLang)) }
        </div>
    }
}
