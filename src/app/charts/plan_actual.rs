//! Plan against actual month after month for one stage: the running totals as two lines
//! (plan dashed, actual solid, broken where a month has no data) over bars of each month's
//! actual against its plan. Figures and labels come formatted from the caller.

use super::frame::{figure, svg, title_id, Frame};
use super::{coord, WIDTH};
use yew::prelude::*;

pub struct PlanActualProps {
    pub id: AttrValue,
    pub title: AttrValue,
    pub caption: AttrValue,
    /// The plan per month.
    pub planned: Vec<u64>,
    /// What was recorded per month; `None` = no data.
    pub actual: Vec<Option<u64>>,
    /// Running totals of the plan and of the recorded months (`None` where no data).
    pub cumulative_planned: Vec<u64>,
    pub cumulative_actual: Vec<Option<u64>>,
    /// Axis label of each month.
    pub months: Vec<AttrValue>,
    /// Tooltip of each month, formatted.
    pub tips: Vec<AttrValue>,
    pub described_by: Option<AttrValue>,
}

const TOP: f64 = 8.0;
const PLOT: f64 = 120.0;
const HEIGHT: f64 = TOP + PLOT + 20.0;

fn y(value: u64, max: u64) -> f64 {
    TOP + PLOT - if max == 0 { 0.0 } else { value as f64 / max as f64 * PLOT }
}

/// A polyline through the points given, broken at each `None`.
fn segments(values: &[Option<u64>], max: u64, slot: f64) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for (i, v) in values.iter().enumerate() {
        match v {
            Some(v) => {
                let x = slot * i as f64 + slot / 2.0;
                current.push_str(&format!("{},{} ", coord(x), coord(y(*v, max))));
            }
            None if !current.is_empty() => out.push(std::mem::take(&mut current)),
            None => {}
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

pub fn plan_actual(props: &PlanActualProps) -> Html {
    let n = props.months.len().max(1);
    let slot = WIDTH / n as f64;
    let cum_max = props
        .cumulative_planned
        .iter()
        .copied()
        .chain(props.cumulative_actual.iter().flatten().copied())
        .max()
        .unwrap_or(0);
    let bar_max =
        props.planned.iter().copied().chain(props.actual.iter().flatten().copied()).max().unwrap_or(0);
    let bar_w = (slot * 0.3).max(1.5);
    let base = TOP + PLOT;
    let bar = |i: usize, v: u64, class: &'static str, offset: f64| {
        // Bars share the plot's lower third so the running totals stay readable above them.
        let h = if bar_max == 0 { 0.0 } else { v as f64 / bar_max as f64 * PLOT / 3.0 };
        html! { <rect class={class} x={coord(slot * i as f64 + slot / 2.0 + offset)} y={coord(base - h)}
        width={coord(bar_w)} height={coord(h)}>
        <title>{ props.tips.get(i).cloned().unwrap_or_default() }</title></rect> }
    };
    let bars = (0..n).map(|i| {
        html! {
            <>
                { bar(i, props.planned.get(i).copied().unwrap_or(0), "fp-chart__bar fp-chart__bar--plan", -bar_w) }
                if let Some(a) = props.actual.get(i).copied().flatten() {
                    { bar(i, a, "fp-chart__bar fp-chart__bar--actual", 0.0) }
                }
            </>
        }
    });
    let plan_line: Vec<Option<u64>> = props.cumulative_planned.iter().map(|v| Some(*v)).collect();
    let lines = |values: &[Option<u64>], class: &'static str| {
        segments(values, cum_max, slot)
            .into_iter()
            .map(|points| html! { <polyline class={class} points={points} fill="none" /> })
            .collect::<Html>()
    };
    let dots = props.cumulative_actual.iter().enumerate().filter_map(|(i, v)| {
        let v = (*v)?;
        Some(html! { <circle class="fp-chart__dot" cx={coord(slot * i as f64 + slot / 2.0)} cy={coord(y(v, cum_max))} r="2.5" /> })
    });
    let ticks = props.months.iter().enumerate().map(|(i, m)| {
        html! { <text class="fp-chart__tick" x={coord(slot * i as f64 + slot / 2.0)} y={coord(HEIGHT - 4.0)}
        text-anchor="middle">{ m.clone() }</text> }
    });
    let frame = Frame {
        class: "fp-chart__svg fp-plan-actual",
        view_box: (0.0, 0.0, WIDTH, HEIGHT),
        title: Some((title_id(&props.id), props.title.clone())),
        desc: None,
        described_by: props.described_by.clone(),
        full_width: true,
    };
    let body = html! {
        <>
            <line class="fp-chart__axis" x1="0" x2={coord(WIDTH)} y1={coord(base)} y2={coord(base)} />
            { for bars }
            { lines(&plan_line, "fp-chart__line fp-chart__line--plan") }
            { lines(&props.cumulative_actual, "fp-chart__line fp-chart__line--actual") }
            { for dots }
            { for ticks }
        </>
    };
    figure(props.id.clone(), props.caption.clone(), svg(frame, body))
}
