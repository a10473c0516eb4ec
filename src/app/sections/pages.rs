//! Long lists of stages drawn a page at a time: the first page at once, the rest on request, a
//! page per frame, so a plan of 200 stages opens, takes keystrokes and is scrolled through
//! without holding the main thread (issue 17). The stage editor and the stage tables share it,
//! with the same words for the rows left out and the same button.

use crate::app::ctx::Ctx;
use crate::app::widgets::fill;
use crate::browser::focus::focus_table_within;
use crate::browser::frames::after_next_paint;
use std::rc::Rc;
use yew::prelude::*;

/// Rows drawn at first, and per frame once the user asks for all of them.
pub const PAGE: usize = 20;
/// A list this much longer than a page is drawn whole: a button for three rows would be noise.
const SLACK: usize = 5;

/// How many rows are drawn: it only grows (a move, an addition or "show all" needs more).
#[derive(PartialEq)]
struct Drawn(usize);

impl Reducible for Drawn {
    type Action = usize;
    fn reduce(self: Rc<Self>, at_least: usize) -> Rc<Self> {
        if at_least > self.0 {
            Rc::new(Drawn(at_least))
        } else {
            self
        }
    }
}

/// A list's drawn rows and the handles that draw more.
#[derive(Clone)]
pub struct Pages {
    /// Rows drawn now, from the first.
    pub visible: usize,
    count: usize,
    drawn: UseReducerDispatcher<Drawn>,
    filling: UseStateHandle<bool>,
}

impl Pages {
    /// True while some rows are not drawn.
    pub fn hidden(&self) -> bool {
        self.visible < self.count
    }

    /// At least `rows` drawn from the next render (a moved row must be there to take focus).
    pub fn grow_to(&self, rows: usize) {
        self.drawn.dispatch(rows);
    }

    /// Every row, the next page now and one more per frame until all are drawn.
    pub fn fill(&self) {
        self.filling.set(true);
        self.drawn.dispatch(self.visible + PAGE);
    }

    /// "Show all" for a table inside `region`: the button goes once every row is drawn, so
    /// the keyboard goes on from the table's own scrolling region.
    pub fn fill_table(&self, region: &NodeRef) -> Callback<MouseEvent> {
        let (pages, region) = (self.clone(), region.clone());
        Callback::from(move |_: MouseEvent| {
            pages.fill();
            focus_table_within(&region);
        })
    }
}

/// The rows of a list of `count` to draw: all of a short list, else a page until asked.
#[hook]
pub fn use_pages(count: usize) -> Pages {
    let drawn = use_reducer(|| Drawn(PAGE));
    let visible = if count <= PAGE + SLACK { count } else { drawn.0.min(count) };
    let filling = use_state_eq(|| false);
    {
        let grow = drawn.dispatcher();
        use_effect_with((visible, count, *filling), move |&(visible, count, filling)| {
            if filling && visible < count {
                after_next_paint(move || grow.dispatch(visible + PAGE));
            } else if count <= PAGE + SLACK {
                // Drawn whole: the rows stay drawn when an addition takes the list past that.
                grow.dispatch(count);
            }
        });
    }
    Pages { visible, count, drawn: drawn.dispatcher(), filling }
}

/// The line saying which rows are shown (id `{list}-shown`) and the button that draws the rest
/// (`{list}-show-all`), `list` being the list's own id; nothing once every row is drawn.
pub fn more_rows(ctx: &Ctx, pages: &Pages, list: &str, on_all: Callback<MouseEvent>) -> Html {
    if !pages.hidden() {
        return Html::default();
    }
    let lang = ctx.lang();
    // Made from the list's id: a literal per list would weigh on the first load (strings are
    // data, and data stays in the main module whichever chunk uses it).
    let shown = format!("{list}-shown");
    let line = fill(
        lang.pick(
            "Étapes 1 à {} sur {} affichées : les autres sont dessinées à la demande, pour que la saisie reste fluide.",
            "Stages 1 to {} of {} shown: the others are drawn on request, so typing stays fast.",
        ),
        &[&ctx.count(pages.visible as u64), &ctx.count(pages.count as u64)],
    );
    let label =
        fill(lang.pick("Afficher les {} étapes", "Show all {} stages"), &[&ctx.count(pages.count as u64)]);
    html! {
        <>
            <p id={shown.clone()} class="fp-field__help">{ line }</p>
            <button type="button" id={format!("{list}-show-all")} class="fp-btn fp-btn--ghost"
                aria-describedby={shown} onclick={on_all}>{ label }</button>
        </>
    }
}
