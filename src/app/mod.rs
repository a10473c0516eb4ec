//! The Yew view: renders `State` and turns user events into `Action`s. No figure is computed
//! here; everything shown comes from `State::outcome`, i.e. from the engine.

pub mod charts;
pub mod ctx;
pub mod lang_switch;
pub mod notice;
pub mod number_field;
pub mod sections;
pub mod tabs;
pub mod toolbar;

use crate::browser;
use crate::i18n::Text;
use crate::state::prefs::Section;
use crate::state::{Action, State};
use ctx::{Ctx, SectionProps};
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
    /// The state to open with (defaults, or what the link or storage held).
    pub initial: State,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = use_reducer_eq({
        let initial = props.initial.clone();
        move || initial
    });
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
    let snapshot = Rc::new((*state).clone());
    let ctx = Ctx { outcome: Rc::new(snapshot.outcome()), state: snapshot, dispatch: dispatch.clone() };
    let lang = state.lang;
    let section = state.section;
    let props = SectionProps { ctx };
    let panel = match section {
        Section::Funnel => html! { <sections::funnel::FunnelSection ..props /> },
        Section::Team => html! { <sections::team::TeamSection ..props /> },
        Section::Budget => html! { <sections::budget::BudgetSection ..props /> },
        Section::Tracking => html! { <sections::tracking::TrackingSection ..props /> },
        Section::Scoring => html! { <sections::scoring::ScoringSection ..props /> },
        Section::Share => html! { <sections::share::ShareSection ..props /> },
    };
    html! {
        <div class="fp" ref={root} lang={lang.code()} data-theme={state.theme.code()}>
            <header class="fp-header">
                <div>
                    <h1 class="fp-title">{ lang.t(Text::AppTitle) }</h1>
                    <p class="fp-tagline">{ lang.t(Text::Tagline) }</p>
                </div>
                <toolbar::Toolbar lang={lang} currency={state.currency.clone()} theme={state.theme}
                    on_action={dispatch.clone()} />
            </header>
            <notice::NoticeBar lang={lang} notice={state.notice} on_action={dispatch.clone()} />
            <tabs::Tabs lang={lang} current={section} on_select={dispatch.reform(Action::ShowSection)} />
            <div class="fp-panel" role="tabpanel" id={format!("fp-panel-{}", section.id())}
                aria-labelledby={format!("fp-tab-{}", section.id())}>
                { panel }
            </div>
        </div>
    }
}

/// Mounts the app into `#funnel-planner` (created if missing), never into the whole body, so
/// the widget can live inside any page.
pub fn mount() {
    let lang = browser::preferred_lang();
    browser::install_panic_panel(lang);
    if let Some(root) = browser::mount_point() {
        let initial = State::new(lang);
        yew::Renderer::<App>::with_root_and_props(root, AppProps { initial }).render();
    }
}
