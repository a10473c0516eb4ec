//! What the actuals grid and the paste box record into: plan months or plan weeks (a page of
//! 13 weeks at a time, so the grid stays short on a phone), and the totals of every source or
//! one source's counts (shown when the plan has more than one source, or a CRM import recorded
//! some). The grid's cells are registry fields; this only picks which ones.

use super::pick::select;
use super::{horizon_months, month_label};
use crate::app::ctx::Ctx;
use crate::app::widgets::choice;
use crate::engine::actuals::PeriodActuals;
use crate::engine::Plan;
use crate::i18n::Lang;
use crate::state::registry::period_sources::{source_index, source_names};
use crate::state::registry::periods::index_of;
use yew::prelude::*;

/// Weeks shown at once in the weekly grid.
pub const WEEK_PAGE: u32 = 13;

/// Months or weeks, totals or one source, and the first week shown.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Target {
    pub weeks: bool,
    /// `None`: the totals of all sources.
    pub source: Option<String>,
    /// First plan week of the page shown (1, 14, 27, 40).
    pub first_week: u32,
}

impl Target {
    fn list<'a>(&self, plan: &'a Plan) -> &'a [PeriodActuals] {
        if self.weeks {
            &plan.actuals.weeks
        } else {
            &plan.actuals.months
        }
    }

    /// The target with a source that no longer exists (renamed, removed) back to the totals.
    pub fn normalized(&self, plan: &Plan) -> Target {
        let known = self
            .source
            .as_ref()
            .is_some_and(|n| !n.is_empty() && has_sources(plan) && source_names(plan).contains(n));
        let weeks = plan_weeks(plan);
        let first_week = if self.first_week > weeks { 1 } else { self.first_week.max(1) };
        Target { source: if known { self.source.clone() } else { None }, first_week, ..self.clone() }
    }

    /// The periods the grid shows.
    pub fn periods(&self, plan: &Plan) -> std::ops::RangeInclusive<u32> {
        if self.weeks {
            let first = self.first_week.max(1);
            first..=(first + WEEK_PAGE - 1).min(plan_weeks(plan))
        } else {
            1..=horizon_months(plan)
        }
    }

    /// The registry path of the cell for `period`, stage `stage`.
    pub fn path(&self, plan: &Plan, period: u32, stage: usize) -> String {
        let list = self.list(plan);
        let scale = if self.weeks { "weeks" } else { "months" };
        let i = index_of(list, period);
        match &self.source {
            None => format!("actuals.{scale}.{i}.stages.{stage}"),
            Some(name) => {
                let recorded = list.get(i).map_or(&[][..], |p| &p.by_source[..]);
                let j = source_index(recorded, &source_names(plan), name);
                format!("actuals.{scale}.{i}.by_source.{j}.stages.{stage}")
            }
        }
    }

    /// "mars 2026" / "month 3", or "semaine 5" / "week 5".
    pub fn label(&self, plan: &Plan, period: u32, lang: Lang) -> String {
        if self.weeks {
            format!("{} {period}", lang.pick("Semaine", "Week"))
        } else {
            month_label(plan, period, lang)
        }
    }

    /// The period column's heading.
    pub fn heading(&self, lang: Lang) -> &'static str {
        if self.weeks {
            lang.pick("Semaine", "Week")
        } else {
            lang.pick("Mois", "Month")
        }
    }

    /// The most periods a paste may name (pasted `2026-03` months need the first month).
    pub fn max_period(&self, plan: &Plan) -> u32 {
        if self.weeks {
            plan_weeks(plan)
        } else {
            horizon_months(plan)
        }
    }
}

/// Weeks in the plan's horizon (53 at most, as the engine keeps).
pub fn plan_weeks(plan: &Plan) -> u32 {
    (plan.periods.horizon.weeks() as u32).clamp(1, crate::engine::actuals::input::MAX_WEEKS)
}

/// Whether the source picker is offered: more than one source to tell apart (the plan's
/// single unnamed source is "all sources", it has no entry of its own).
pub fn has_sources(plan: &Plan) -> bool {
    let names = source_names(plan);
    names.len() > 1 && names.iter().any(|n| !n.is_empty())
}

/// The month/week switch, the page of weeks and the source picker.
pub fn switch(ctx: &Ctx, target: &Target, on: &Callback<Target>) -> Html {
    let lang = ctx.lang();
    let plan = &ctx.state.plan;
    let on_scale = {
        let (on, t) = (on.clone(), target.clone());
        Callback::from(move |i: usize| on.emit(Target { weeks: i == 1, first_week: 1, ..t.clone() }))
    };
    let on_page = {
        let (on, t) = (on.clone(), target.clone());
        Callback::from(move |v: String| on.emit(Target { first_week: v.parse().unwrap_or(1), ..t.clone() }))
    };
    let on_source = {
        let (on, t) = (on.clone(), target.clone());
        Callback::from(move |v: String| {
            on.emit(Target { source: (!v.is_empty()).then_some(v), ..t.clone() });
        })
    };
    let weeks = plan_weeks(plan);
    let pages: Vec<(String, String)> = (0..weeks.div_ceil(WEEK_PAGE))
        .map(|k| {
            let first = k * WEEK_PAGE + 1;
            let last = (first + WEEK_PAGE - 1).min(weeks);
            (first.to_string(), format!("{} {first}–{last}", lang.pick("Semaines", "Weeks")))
        })
        .collect();
    let mut sources =
        vec![(String::new(), lang.pick("Toutes les sources (totaux)", "All sources (totals)").to_string())];
    sources.extend(source_names(plan).into_iter().filter(|n| !n.is_empty()).map(|n| (n.clone(), n)));
    html! {
        <div class="fp-actuals-target">
            { choice("fp-actuals-scale", lang.pick("Saisir", "Record"),
                &[lang.pick("par mois", "per month"), lang.pick("par semaine", "per week")],
                usize::from(target.weeks), &on_scale) }
            if target.weeks {
                { select("fp-actuals-weeks", lang.pick("Semaines affichées", "Weeks shown"), &pages,
                    &target.first_week.max(1).to_string(), &on_page) }
            }
            if has_sources(plan) {
                { select("fp-actuals-source", lang.pick("Source", "Source"), &sources,
                    target.source.as_deref().unwrap_or(""), &on_source) }
            }
        </div>
    }
}
