//! The Yew view: renders `State` and turns user events into `Action`s. No figure is computed
//! here; everything shown comes from `State::outcome`, i.e. from the engine.

pub mod charts;
pub mod ctx;
pub mod lang_switch;
pub mod later;
pub mod lazy;
pub mod notice;
pub mod number_field;
pub mod plan_screen;
pub mod section_gate;
pub mod sections;
pub mod tabs;
pub mod toolbar;
pub mod widgets;

use crate::browser;
use crate::embed::config::EmbedConfig;
use crate::state::prefs::Section;
use crate::state::{Action, State};
use ctx::Ctx;
use std::rc::Rc;
use yew::prelude::*;

impl Reducible for State {
    type Action = Action;

    /// Records every engine run the reducer made as a `fp-engine` performance entry spanning
    /// the reducer's call (counted by the benchmark and the e2e test: one per change of the
    /// plan, none on a tab, theme or language switch).
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        browser::mark(browser::REDUCE_MARK);
        let next = State::reduce(&self, action);
        for _ in self.engine_runs()..next.engine_runs() {
            browser::measure_since(browser::ENGINE_MARK, browser::REDUCE_MARK);
        }
        Rc::new(next)
    }
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The state to open with (defaults, or what the link or storage held).
    pub initial: State,
}

#[derive(Properties, PartialEq)]
pub struct ConfiguredAppProps {
    pub initial: State,
    pub embed: Rc<EmbedConfig>,
}

/// The app with a host's embed configuration (the default one when standalone); `mount`
/// renders this one.
#[function_component(ConfiguredApp)]
pub fn configured_app(props: &ConfiguredAppProps) -> Html {
    use_app(props.initial.clone(), props.embed.clone())
}

/// The app with the default embed configuration (tests mount this one).
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    use_app(props.initial.clone(), Rc::default())
}

#[hook]
fn use_app(initial: State, embed: Rc<EmbedConfig>) -> Html {
    let state = use_reducer_eq(move || initial);
    let root = use_node_ref();
    use_effect_with(state.lang, |lang| browser::set_document_lang(*lang));
    // One callback for the app's life, so props holding it compare equal across renders.
    // Section actions wait for their code's part (`section_gate`).
    let dispatch: Callback<Action> = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |_| section_gate::gate(dispatcher.to_callback()))).clone()
    };
    {
        let (root, embed, dispatch) = (root.clone(), embed.clone(), dispatch.clone());
        use_effect_with((), move |_| {
            let el = root.cast::<web_sys::Element>();
            if let Some(el) = &el {
                browser::embed::apply_look(el, &embed);
            }
            browser::mark_first_result();
            // Before the summaries (the effect below): the host hears "ready" first.
            browser::embed::talk_to_host((*embed).clone(), el, dispatch);
        });
    }
    // The first render shows the answer; once that frame is on screen, sections draw what
    // lies below the fold (the editor, tables and charts).
    let painted = use_state(|| false);
    {
        let painted = painted.clone();
        use_effect_with((), move |_| {
            browser::frames::after_next_paint(move || {
                painted.set(true);
                // The section actions' code and the other tabs', so a click rarely waits.
                section_gate::prefetch();
                lazy::prefetch_all();
            })
        });
    }
    // A copy of the state costs a few reference counts: its plans and outcome are shared.
    let snapshot = Rc::new((*state).clone());
    let outcome = state.outcome().clone();
    // Every change is kept: in storage for a reload, in the address bar for sharing. An
    // embedded widget keeps nothing (several may share a page) and tells its host instead.
    let save_failure_reported = use_mut_ref(|| std::cell::Cell::new(false));
    {
        let embed = embed.clone();
        let outcome = outcome.clone();
        let dispatch = dispatch.clone();
        use_effect_with((*state).clone(), move |state| {
            if embed.embedded {
                if let Some(report) = &outcome.report {
                    browser::embed::post_summary(
                        &embed,
                        crate::embed::protocol::summary(report, !outcome.stale),
                    );
                }
            } else {
                let state = state.clone();
                // The writer may still be loading (`persist`): saves wait for it, in order.
                let keep = move || {
                    browser::persist::when_ready(move |codec| {
                        let reported = save_failure_reported.borrow();
                        if let Some(action) = browser::keeper::keep(&state, codec, &reported) {
                            dispatch.emit(action);
                        }
                    })
                };
                // Keeping it can wait until the result is on screen: at boot the state is what
                // storage or the link just gave, and a keystroke's result comes first.
                browser::frames::after_next_paint(keep);
            }
        });
    }

    // The Monte-Carlo runs here, once per plan change, for the first screen and Risk alike.
    let risk = plan_screen::use_plan_risk(&state, &outcome);
    // The code of the notices raised by a part, fetched when one is up (`notice::rich`).
    let rich_notices = notice::use_rich(state.notice);
    // Help lines folded away, remembered in this browser (not part of the plan).
    let help_folded = use_state(browser::reveal::help_folded);
    // One callback for the app's life, so the header (a component compared by its props) is
    // not drawn again at every keystroke.
    let on_help = {
        let help_folded = help_folded.clone();
        (*use_memo((), move |_| {
            Callback::from(move |folded: bool| {
                browser::reveal::set_help_folded(folded);
                help_folded.set(folded);
            })
        }))
        .clone()
    };
    let ctx = Ctx {
        outcome,
        state: snapshot,
        dispatch: dispatch.clone(),
        locked: Rc::new(embed.locked.clone()),
        painted: *painted,
    };
    // One callback for the app's life too: a new one at every render would re-render the tabs,
    // whose effect measures the strip (a forced layout) at every keystroke.
    let on_tab: Callback<Section> = {
        let dispatch = dispatch.clone();
        (*use_memo((), move |_| dispatch.reform(Action::ShowSection))).clone()
    };
    let lang = state.lang;
    let sections: Vec<Section> = match &embed.sections {
        Some(list) => list.clone(),
        // The embed page makes no sense inside an embedded widget.
        None if embed.embedded => Section::ALL.into_iter().filter(|s| *s != Section::Embed).collect(),
        None => Section::ALL.to_vec(),
    };
    let section = if sections.contains(&state.section) { state.section } else { sections[0] };
    let first_screen = html! {
        <plan_screen::PlanScreen ctx={ctx.clone()} risk={risk.clone()} offered={Rc::new(sections.clone())} />
    };
    // The section's code may still be loading (`lazy`): then a placeholder until it is in.
    let (panel, settled) = lazy::use_panel(section, &ctx);
    {
        // Ready for tests and scripts once the open section is drawn (or says it could not
        // load), so they never read a placeholder; `fp-first-result` stays the first render.
        let root = root.clone();
        use_effect_with(settled, move |settled| {
            if *settled {
                browser::mark_ready(&root);
            }
        });
    }
    html! {
        <ContextProvider<plan_screen::RiskRun> context={risk}>
        <div ref={root} lang={lang.code()} data-theme={state.theme.code()}
            class="fp" data-embedded={embed.embedded.then_some("true")}
            data-compact={embed.compact.then_some("true")} data-terse={help_folded.then_some("true")}>
            <toolbar::Header {lang} currency={AttrValue::from(state.currency.clone())} theme={state.theme}
                help_folded={*help_folded} on_action={dispatch.clone()} on_help={on_help} />
            <main class="fp-body">
                { notice::notice_bar(lang, &state, &dispatch, rich_notices) }
                { first_screen }
                if sections.len() > 1 {
                    <tabs::Tabs {lang} current={section} sections={sections.clone()}
                        on_select={on_tab} />
                }
                <div key={section.id()} class="fp-panel" role="tabpanel" id={format!("fp-panel-{}", section.id())}
                    aria-labelledby={format!("fp-tab-{}", section.id())}>
                    { panel }
                </div>
            </main>
        </div>
        </ContextProvider<plan_screen::RiskRun>>
    }
}

/// Mounts the app into `#funnel-planner` (created if missing), never into the whole body, so
/// the widget can live inside any page. (Browser only: the prerender renders natively.)
#[cfg(target_arch = "wasm32")]
pub fn mount() {
    browser::mark("fp-wasm-started");
    browser::install_panic_panel(browser::preferred_lang());
    let Some(root) = browser::mount_point() else { return };
    let embed = browser::embed::read_config();
    if !browser::boot::needs_reader(&embed) {
        let initial = browser::boot::fresh(&embed);
        return start(root, embed, initial);
    }
    if let Some(codec) = browser::persist::codec() {
        let initial = (codec.open)(&embed);
        return start(root, embed, initial);
    }
    // Something to read: the reader's part first (the first-screen script shows a neutral
    // placeholder meanwhile, never the defaults' figures). Reading (a long stored plan is
    // parsed, cut and repaired, then run by the engine) and the first render are two tasks:
    // together they kept the page busy past the 100 ms budget for a 10 000-stage plan.
    wasm_bindgen_futures::spawn_local(async move {
        let codec = browser::persist::load().await;
        let read: fn(&EmbedConfig) -> State = codec.map_or(browser::boot::without_reader, |c| c.open);
        let initial = read(&embed);
        // The notices reading raises are drawn from the reader's part, so in the first frame.
        // (A part that just failed to load is not asked for again: `PartMissing` is drawn by
        // the main module.)
        if codec.is_some() {
            notice::preload().await;
        }
        browser::frames::next_task(move || start(root, embed, initial));
    });
}

#[cfg(target_arch = "wasm32")]
fn start(root: web_sys::Element, embed: EmbedConfig, initial: State) {
    for _ in 0..initial.engine_runs() {
        browser::mark(browser::ENGINE_MARK);
    }
    browser::mark("fp-state-ready");
    let props = ConfiguredAppProps { initial, embed: Rc::new(embed) };
    yew::Renderer::<ConfiguredApp>::with_root_and_props(root, props).render();
}
