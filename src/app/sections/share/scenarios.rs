//! Saved scenarios: save the current plan under a name, then open, rename, duplicate, delete,
//! or pick up to three for comparison.

use crate::app::ctx::Ctx;
use crate::app::widgets::card;
use crate::state::scenarios::{ScenarioAction, MAX_COMPARED};
use crate::state::Action;
use yew::prelude::*;

/// The list; the section holds the name typed for the next save.
pub fn scenario_list(ctx: &Ctx, name: &UseStateHandle<String>) -> Html {
    let lang = ctx.lang();
    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            name.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value())
        })
    };
    let on_save = {
        let name = name.clone();
        ctx.dispatch.reform(move |e: SubmitEvent| {
            e.prevent_default();
            Action::Scenario(ScenarioAction::Save((*name).clone()))
        })
    };
    let scenarios = &ctx.state.scenarios;
    let rows = scenarios.list.iter().enumerate().map(|(i, s)| {
        let act = |a: ScenarioAction| Action::Scenario(a);
        let on_rename = ctx.dispatch.reform(move |e: Event| {
            act(ScenarioAction::Rename(i, e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))
        });
        let compared = scenarios.compared.contains(&i);
        let full = !compared && scenarios.compared.len() >= MAX_COMPARED;
        let name_id = format!("fp-scenario-{i}");
        html! {
            <li class="fp-scenario">
                <label class="fp-visually-hidden" for={name_id.clone()}>{ lang.pick("Nom du scénario", "Scenario name") }</label>
                <input id={name_id} class="fp-field__input fp-scenario__name" type="text" value={s.name.clone()} onchange={on_rename} />
                <div class="fp-scenario__actions">
                    <button type="button" class="fp-btn" onclick={ctx.dispatch.reform(move |_| Action::OpenScenario(i))}
                        aria-label={format!("{} {}", lang.pick("Ouvrir", "Open"), s.name)}>{ lang.pick("Ouvrir", "Open") }</button>
                    <button type="button" class="fp-btn fp-btn--ghost" onclick={ctx.dispatch.reform(move |_| act(ScenarioAction::Duplicate(i)))}
                        aria-label={format!("{} {}", lang.pick("Dupliquer", "Duplicate"), s.name)}>{ lang.pick("Dupliquer", "Duplicate") }</button>
                    <button type="button" class="fp-btn fp-btn--ghost" onclick={ctx.dispatch.reform(move |_| act(ScenarioAction::Delete(i)))}
                        aria-label={format!("{} {}", lang.pick("Supprimer", "Delete"), s.name)}>{ lang.pick("Supprimer", "Delete") }</button>
                    <label class="fp-check fp-check--inline">
                        <input type="checkbox" checked={compared} disabled={full}
                            onchange={ctx.dispatch.reform(move |_| act(ScenarioAction::ToggleCompare(i)))} />
                        { lang.pick("Comparer", "Compare") }
                    </label>
                </div>
            </li>
        }
    });
    html! {
        { card("fp-card", "fp-scenarios-title", lang.pick("Scénarios", "Scenarios"), html! {
            <>
                <form class="fp-row" onsubmit={on_save}>
                    <label class="fp-visually-hidden" for="fp-scenario-new">{ lang.pick("Nom du nouveau scénario", "New scenario name") }</label>
                    <input id="fp-scenario-new" class="fp-field__input" type="text" value={(**name).clone()} oninput={on_name}
                        placeholder={lang.pick("ex. Objectif 2027", "e.g. 2027 target")} maxlength="80" />
                    <button type="submit" class="fp-btn">{ lang.pick("Enregistrer le plan", "Save plan") }</button>
                </form>
                <p class="fp-help">{ lang.pick(
                    "Enregistrés dans ce navigateur uniquement. Cochez deux ou trois scénarios pour les comparer.",
                    "Saved in this browser only. Tick two or three scenarios to compare them.") }</p>
                if scenarios.list.is_empty() {
                    <p class="fp-empty">{ lang.pick("Aucun scénario enregistré.", "No saved scenario yet.") }</p>
                } else {
                    <ul class="fp-scenarios">{ for rows }</ul>
                }
            </>
        }) }
    }
}
