//! The first screen: the plan in one view, above the sections. The goal, one verdict built
//! from every check that is on (the Monte-Carlo's chance included once it has run), each check
//! linked to the section that explains it, the next actions, and the agreement's three
//! commitments. Marked stale with the rest while an entry is invalid.

mod commitments;
mod goal;
mod risk_run;
mod verdict;

pub use risk_run::{use_plan_risk, RiskRun};

use crate::app::ctx::Ctx;
use crate::app::widgets::flag;
use crate::browser::reveal::reveal_when_drawn;
use crate::browser::steady::Steady;
use crate::engine::plan_verdict;
use crate::engine::verdict::Section as CheckSection;
use crate::i18n::Text;
use crate::state::prefs::Section;
use crate::state::Action;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct PlanScreenProps {
    pub ctx: Ctx,
    /// The app's one Monte-Carlo run.
    pub risk: RiskRun,
    /// The tabs this page offers (a host may show only some).
    pub offered: Rc<Vec<Section>>,
}

#[function_component(PlanScreen)]
pub fn plan_screen(props: &PlanScreenProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang();
    let anchor = use_node_ref();
    // Opens a tab, then brings the part that explains the check into view once it is drawn.
    let open = {
        let (anchor, dispatch) = (anchor.clone(), ctx.dispatch.clone());
        Callback::from(move |(tab, id): (Section, &'static str)| {
            dispatch.emit(Action::ShowSection(tab));
            reveal_when_drawn(anchor.clone(), id);
        })
    };
    let on_check = open.reform(|section: CheckSection| verdict::target(section));
    // `fp-goal`: the goal field's id (`ctx::field_id(GOAL)`).
    let on_goal = open.reform(|_: ()| (Section::Funnel, "fp-goal"));
    // The first screen does not shrink while the user types (`browser::steady`): held from
    // the time the section is drawn, let go when the language changes.
    let steady = use_mut_ref(|| None::<Steady>);
    {
        let (steady, anchor) = (steady.clone(), anchor.clone());
        use_effect_with(ctx.report().is_some(), move |_| {
            *steady.borrow_mut() = anchor.cast::<web_sys::HtmlElement>().and_then(|e| Steady::hold(&e));
            move || drop(steady.borrow_mut().take())
        });
    }
    {
        let steady = steady.clone();
        use_effect_with(lang, move |_| {
            if let Some(hold) = &*steady.borrow() {
                hold.release();
            }
        });
    }
    let Some(report) = ctx.report() else { return html! {} };
    // With the simulation's chance once it has run, so this verdict and Risk's agree.
    let with_chance =
        props.risk.risk.as_ref().map(|risk| plan_verdict(&ctx.state.last_valid, report, Some(risk)));
    let shown = with_chance.as_ref().unwrap_or(&report.verdict);
    let stale = ctx.outcome.stale;
    html! {
        <section ref={anchor} id="fp-plan" aria-labelledby="fp-plan-title"
            class="fp-plan" data-stale={flag(stale)}
            data-pending={flag(props.risk.pending)}>
            <h2 id="fp-plan-title" class="fp-visually-hidden">{ lang.pick("Le plan en un coup d'œil", "The plan at a glance") }</h2>
            if stale {
                <p class="fp-stale" role="note">{ lang.t(Text::StaleNotice) }</p>
            }
            { goal::goal_line(ctx, report, props.offered.contains(&Section::Funnel), &on_goal) }
            { verdict::verdict(ctx, shown, &props.offered, &on_check) }
            if let Some(c) = &report.commitments {
                { commitments::commitments(ctx, c, &report.sources) }
            }
        </section>
    }
}
