//! The stage editor (full-funnel mode): an ordered list of stages, each with its name, owning
//! team, rate to the next stage and days to close, moved, removed or added with buttons. After
//! a move, removal or addition, focus follows the stage (or lands on a sensible neighbour): the
//! editor names the control to focus and the row holding it focuses it once re-drawn.

use super::stage_row::stage_row;
use crate::app::ctx::SectionProps;
use crate::browser::focus::focus_within;
use crate::engine::funnel::MAX_STAGES;
use crate::state::edits::Edit;
use crate::state::Action;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

#[function_component(StageEditor)]
pub fn stage_editor(props: &SectionProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang();
    let count = ctx.state.plan.funnel.stages.len();
    // Element to focus once the edit has re-rendered the list.
    let pending: Rc<RefCell<Option<String>>> = use_mut_ref(|| None);
    // Focused once this render is drawn, then cleared so later renders leave focus alone. The
    // search stays inside this editor: a page may hold several embedded widgets.
    let editor = use_node_ref();
    {
        let (pending, editor) = (pending.clone(), editor.clone());
        use_effect(move || {
            if let Some(id) = pending.borrow_mut().take() {
                focus_within(&editor, &id);
            }
        });
    }
    let on_move = {
        let (dispatch, pending) = (ctx.dispatch.clone(), pending.clone());
        Callback::from(move |(from, to): (usize, usize)| {
            let up = to < from;
            // Keep focus on the same arrow unless it is now disabled at the list's end.
            let id = match (up, to) {
                (true, 0) => "fp-stage-0-down".to_string(),
                (false, t) if t + 1 == count => format!("fp-stage-{t}-up"),
                (true, t) => format!("fp-stage-{t}-up"),
                (false, t) => format!("fp-stage-{t}-down"),
            };
            *pending.borrow_mut() = Some(id);
            dispatch.emit(Action::Edit(Edit::MoveStage { from, to }));
        })
    };
    let on_remove = {
        let (dispatch, pending) = (ctx.dispatch.clone(), pending.clone());
        Callback::from(move |index: usize| {
            let next = index.min(count.saturating_sub(2));
            *pending.borrow_mut() = Some(format!("fp-stage-{next}-name"));
            dispatch.emit(Action::Edit(Edit::RemoveStage(index)));
        })
    };
    let on_add = {
        let (dispatch, pending) = (ctx.dispatch.clone(), pending.clone());
        let name = lang.pick("Nouvelle étape", "New stage").to_string();
        Callback::from(move |_: MouseEvent| {
            let index = count.saturating_sub(1);
            *pending.borrow_mut() = Some(format!("fp-stage-{index}-name"));
            dispatch.emit(Action::Edit(Edit::AddStage { index, name: name.clone() }));
        })
    };
    let rows = (0..count).map(|index| stage_row(ctx, index, &on_move, &on_remove));
    html! {
        <section class="fp-card fp-stages" aria-labelledby="fp-stages-title" ref={editor}>
            <h2 id="fp-stages-title" class="fp-card__title">{ lang.pick("Étapes de l'entonnoir", "Funnel stages") }</h2>
            <p class="fp-field__help">
                { lang.pick(
                    "Du haut de l'entonnoir jusqu'au client (la dernière étape). Chaque taux est la part des personnes d'une étape qui passent à la suivante.",
                    "From the top of the funnel down to the customer (the last stage). Each rate is the share of a stage's people who reach the next one.",
                ) }
            </p>
            <ol class="fp-stages__list" id="fp-stage-list">{ for rows }</ol>
            <button type="button" id="fp-stage-add" class="fp-btn fp-btn--ghost" onclick={on_add}
                disabled={count >= MAX_STAGES}>
                { lang.pick("+ Ajouter une étape (avant le client)", "+ Add a stage (before the customer)") }
            </button>
        </section>
    }
}
