//! The stage editor (full-funnel mode): an ordered list of stages, each with its name, owning
//! team, rate to the next stage and days to close, moved, removed or added with buttons. After
//! a move, removal or addition, focus follows the stage (or lands on a sensible neighbour): the
//! editor names the control to focus and the row holding it focuses it once re-drawn.

use super::stage_row::{row_props, StageRow};
use crate::app::ctx::SectionProps;
use crate::app::sections::pages::{more_rows, use_pages};
use crate::browser::focus::focus_within;
use crate::engine::funnel::MAX_STAGES;
use crate::state::edits::Edit;
use crate::state::Action;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// The control to focus once its row is drawn: (the row's index, the element's id).
type Pending = Rc<RefCell<Option<(usize, String)>>>;

#[function_component(StageEditor)]
pub fn stage_editor(props: &SectionProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang();
    let count = ctx.state.plan.funnel.stages.len();
    let pages = use_pages(count);
    let visible = pages.visible;
    let pending: Pending = use_mut_ref(|| None);
    // Focused once its row is drawn, then cleared so later renders leave focus alone. The
    // search stays inside this editor: a page may hold several embedded widgets.
    let editor = use_node_ref();
    {
        let (pending, editor) = (pending.clone(), editor.clone());
        use_effect(move || {
            let ready = matches!(&*pending.borrow(), Some((row, _)) if *row < visible);
            if let Some((_, id)) = ready.then(|| pending.borrow_mut().take()).flatten() {
                focus_within(&editor, &id);
            }
        });
    }
    // Callbacks made again only when the count changes, so the rows' props compare equal.
    let on_move = {
        let (pending, grow) = (pending.clone(), pages.clone());
        use_callback((count, ctx.dispatch.clone()), move |(from, to): (usize, usize), (count, dispatch)| {
            let up = to < from;
            // Keep focus on the same arrow unless it is now disabled at the list's end.
            let id = match (up, to) {
                (true, 0) => "fp-stage-0-down".to_string(),
                (false, t) if t + 1 == *count => format!("fp-stage-{t}-up"),
                (true, t) => format!("fp-stage-{t}-up"),
                (false, t) => format!("fp-stage-{t}-down"),
            };
            *pending.borrow_mut() = Some((to, id));
            grow.grow_to(to + 1);
            dispatch.emit(Action::Edit(Edit::MoveStage { from, to }));
        })
    };
    let on_remove = {
        let pending = pending.clone();
        use_callback((count, ctx.dispatch.clone()), move |index: usize, (count, dispatch)| {
            let next = index.min(count.saturating_sub(2));
            *pending.borrow_mut() = Some((next, format!("fp-stage-{next}-name")));
            dispatch.emit(Action::Edit(Edit::RemoveStage(index)));
        })
    };
    let on_add = {
        let (dispatch, pending, pages) = (ctx.dispatch.clone(), pending.clone(), pages.clone());
        let name = lang.pick("Nouvelle étape", "New stage").to_string();
        Callback::from(move |_: MouseEvent| {
            let index = count.saturating_sub(1);
            *pending.borrow_mut() = Some((index, format!("fp-stage-{index}-name")));
            // The new stage goes before the customer, at the end: rows not drawn yet follow.
            if pages.hidden() {
                pages.fill();
            }
            dispatch.emit(Action::Edit(Edit::AddStage { index, name: name.clone() }));
        })
    };
    let on_show_all = {
        let (pending, pages) = (pending.clone(), pages.clone());
        Callback::from(move |_: MouseEvent| {
            // Focus moves to the first row that was hidden, so the keyboard goes on from there.
            *pending.borrow_mut() = Some((visible, format!("fp-stage-{visible}-name")));
            pages.fill();
        })
    };
    let rows = (0..visible).filter_map(|index| row_props(ctx, index, &on_move, &on_remove)).map(|row| {
        // Keyed: Yew matches unkeyed children from the end, so a page appended to an
        // unkeyed list would re-render (and re-point) every row drawn before it.
        let key = row.index;
        html! { <StageRow {key} ..row /> }
    });
    let more = more_rows(ctx, &pages, "fp-stage", on_show_all);
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
            // Always there, empty once every row is drawn: the editor's children keep their
            // places (matched from the end, one child fewer would rebuild the list above it).
            <div class="fp-more-rows">{ more }</div>
            <button type="button" id="fp-stage-add" class="fp-btn fp-btn--ghost" onclick={on_add}
                disabled={count >= MAX_STAGES}>
                { lang.pick("+ Ajouter une étape (avant le client)", "+ Add a stage (before the customer)") }
            </button>
        </section>
    }
}
