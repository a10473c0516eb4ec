//! The Yew view: renders `State` and turns user events into `Action`s. No figure is computed
//! here; everything shown comes from `State::outcome`, i.e. from the engine.

pub mod goal_form;
pub mod lang_switch;
pub mod number_field;
pub mod results;

use crate::browser;
use crate::i18n::{Lang, Text};
use crate::state::{Action, State};
use std::rc::Rc;
use yew::prelude::*;

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(State::reduce(&self, action))
    }
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub lang: Lang,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = use_reducer_eq({
        let lang = props.lang;
        move || State::new(lang)
    });
    let outcome = state.outcome();
    let root = use_node_ref();

    use_effect_with(state.lang, |lang| browser::set_document_lang(*lang));
    {
        let root = root.clone();
        use_effect_with((), move |_| browser::mark_ready(&root));
    }

    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let lang = state.lang;
    html! {
        <div class="fp" ref={root} lang={lang.code()}>
            <header class="fp-header">
                <div>
                    <h1 class="fp-title">{ lang.t(Text::AppTitle) }</h1>
                    <p class="fp-tagline">{ lang.t(Text::Tagline) }</p>
                </div>
                <lang_switch::LangSwitch lang={lang} on_change={dispatch.reform(Action::SetLang)} />
            </header>
            <main class="fp-main">
                <goal_form::GoalForm state={(*state).clone()} errors={outcome.errors.clone()} on_action={dispatch} />
                <results::Results lang={lang} outcome={outcome} />
            </main>
        </div>
    }
}

/// Mounts the app into `#funnel-planner` (created if missing), never into the whole body, so
/// the widget can live inside any page.
pub fn mount() {
    let lang = browser::preferred_lang();
    browser::install_panic_panel(lang);
    if let Some(root) = browser::mount_point() {
        yew::Renderer::<App>::with_root_and_props(root, AppProps { lang }).render();
    }
}
