//! Section tabs (WAI-ARIA tabs pattern): arrow keys, Home and End move between tabs; the
//! panel keeps every section's state because the plan lives in the one `State`. The strip is
//! one row at every width: when the sections do not fit (a phone, or more sections), it
//! scrolls sideways and a "more" cue shows at its right edge until its end is in view.

use super::widgets::flag;
use crate::browser::focus::focus_inside;
use crate::browser::reveal::{keep_in_view, more_to_the_right};
use crate::i18n::Lang;
use crate::state::prefs::Section;
use wasm_bindgen::JsCast;
use yew::prelude::*;

pub fn section_title(section: Section, lang: Lang) -> &'static str {
    match section {
        Section::Funnel => lang.pick("Objectif et entonnoir", "Goal & funnel"),
        Section::Team => lang.pick("Équipe et SLA", "Team & SLA"),
        Section::Budget => lang.pick("Budget", "Budget"),
        Section::Tracking => lang.pick("Suivi", "Tracking"),
        Section::Monthly => lang.pick("Mois par mois", "Monthly"),
        Section::Scoring => lang.pick("Scoring", "Lead scoring"),
        Section::Risk => lang.pick("Risque", "Risk"),
        Section::Share => lang.pick("Partager et exporter", "Share & export"),
        Section::Embed => lang.pick("Intégrer", "Embed"),
        Section::Sources => lang.pick("Sources", "Sources"),
    }
}

#[derive(Properties, PartialEq)]
pub struct TabsProps {
    pub lang: Lang,
    pub current: Section,
    /// The sections offered (a host may offer only some).
    pub sections: Vec<Section>,
    pub on_select: Callback<Section>,
}

/// The tab list over `sections`, `current` selected.
#[function_component(Tabs)]
pub fn tabs(props: &TabsProps) -> Html {
    let strip = use_node_ref();
    let more = use_state_eq(|| false);
    {
        // After every render (a language switch changes the labels' widths), and on scroll.
        let (strip, more) = (strip.clone(), more.clone());
        use_effect(move || more.set(more_to_the_right(&strip)));
    }
    {
        // The selected tab is always in view, even when chosen from a check link.
        let strip = strip.clone();
        use_effect_with(props.current, move |current| {
            keep_in_view(&strip, &format!("fp-tab-{}", current.id()))
        });
    }
    let on_scroll = {
        let (strip, more) = (strip.clone(), more.clone());
        Callback::from(move |_: Event| more.set(more_to_the_right(&strip)))
    };
    let (lang, current, on_select) = (props.lang, props.current, &props.on_select);
    let all = props.sections.clone();
    let position = all.iter().position(|s| *s == current).unwrap_or(0);
    let on_keydown = {
        let all = all.clone();
        let on_select = on_select.clone();
        Callback::from(move |e: KeyboardEvent| {
            let target = match e.key().as_str() {
                "ArrowRight" => (position + 1) % all.len(),
                "ArrowLeft" => (position + all.len() - 1) % all.len(),
                "Home" => 0,
                "End" => all.len() - 1,
                _ => return,
            };
            e.prevent_default();
            if let Some(&section) = all.get(target) {
                on_select.emit(section);
                if let Some(list) = e.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
                    focus_inside(&list, &format!("fp-tab-{}", section.id()));
                }
            }
        })
    };
    html! {
        <div class="fp-tabs-wrap" data-more={flag(*more)}>
        <div class="fp-tabs" role="tablist" aria-label={lang.pick("Sections du plan", "Plan sections")}
            onkeydown={on_keydown} ref={strip} onscroll={on_scroll}>
            { for all.iter().map(|&section| {
                let selected = section == current;
                let onclick = on_select.reform(move |_| section);
                html! {
                    <button type="button" role="tab" id={format!("fp-tab-{}", section.id())}
                        class="fp-tab" aria-selected={flag(selected)}
                        aria-controls={format!("fp-panel-{}", section.id())}
                        tabindex={if selected { "0" } else { "-1" }} {onclick}>
                        { section_title(section, lang) }
                    </button>
                }
            }) }
        </div>
            <span class="fp-tabs__more" aria-hidden="true">{ "›" }</span>
        </div>
    }
}
