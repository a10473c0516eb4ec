//! Section tabs (WAI-ARIA tabs pattern): arrow keys, Home and End move between tabs; the
//! panel keeps every section's state because the plan lives in the one `State`.

use super::widgets::flag;
use crate::browser::focus::focus_inside;
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
        Section::Scoring => lang.pick("Scoring des leads", "Lead scoring"),
        Section::Risk => lang.pick("Risque", "Risk"),
        Section::Share => lang.pick("Partager et exporter", "Share & export"),
        Section::Embed => lang.pick("Intégrer", "Embed"),
        Section::Sources => lang.pick("Sources", "Sources"),
    }
}

/// The tab list over `sections` (a host may offer only some), `current` selected.
pub fn tabs(lang: Lang, current: Section, sections: &[Section], on_select: &Callback<Section>) -> Html {
    let all = sections.to_vec();
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
        <div class="fp-tabs" role="tablist" aria-label={lang.pick("Sections du plan", "Plan sections")}
            onkeydown={on_keydown}>
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
    }
}
