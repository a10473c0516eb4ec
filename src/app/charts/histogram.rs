//! The risk histogram: how many simulations end with each number of customers, bars at or above
//! the goal in the hit colour, and the goal marked by a labelled line.

use super::coord;
use super::frame::{svg, Frame};
use yew::prelude::*;

const W: f64 = 400.0;
const H: f64 = 160.0;

/// One bar: simulations ending with `from..=to` customers.
#[derive(Clone, Copy, PartialEq)]
pub struct Bin {
    pub from: u64,
    pub to: u64,
    pub trials: u32,
}

pub struct HistogramProps {
    pub bins: Vec<Bin>,
    /// Customers needed: bars from there on are hits, and the line marks it.
    pub goal: u64,
    /// Accessible name, already formatted (range, goal and share of hits in words).
    pub title: AttrValue,
    /// Formatted labels: the goal line's, and the axis ends.
    pub goal_label: AttrValue,
    pub first_label: AttrValue,
    pub last_label: AttrValue,
}

pub fn histogram(props: &HistogramProps) -> Html {
    let (Some(first), Some(last)) = (props.bins.first(), props.bins.last()) else { return html! {} };
    let top = props.bins.iter().map(|b| b.trials).max().unwrap_or(1).max(1) as f64;
    let span = (last.to + 1 - first.from) as f64;
    let width = W / props.bins.len() as f64;
    let goal = props.goal;
    let bars = props.bins.iter().enumerate().map(|(i, b)| {
        let h = f64::from(b.trials) / top * H;
        let class = if b.from >= goal { "fp-risk__bar fp-risk__bar--hit" } else { "fp-risk__bar" };
        html! { <rect class={class} x={coord(i as f64 * width + 0.5)} y={coord(H - h)}
        width={coord((width - 1.0).max(0.5))} height={coord(h)} /> }
    });
    let goal_x = ((goal.saturating_sub(first.from)) as f64 / span * W).clamp(0.0, W);
    let frame = Frame {
        class: "fp-risk__hist",
        view_box: (0.0, -14.0, W, H + 30.0),
        title: Some(("fp-risk-hist-svg-title".into(), props.title.clone())),
        desc: None,
        described_by: None,
        full_width: false,
    };
    let body = html! {
        <>
            { for bars }
            <line class="fp-risk__goal" x1={coord(goal_x)} x2={coord(goal_x)} y1="-4" y2={coord(H)} />
            <text class="fp-risk__goal-label" x={coord(goal_x.min(W - 4.0))} y="-5"
                text-anchor={if goal_x > W / 2.0 { "end" } else { "start" }}>
                { props.goal_label.clone() }
            </text>
            <text class="fp-risk__axis" x="0" y={coord(H + 14.0)}>{ props.first_label.clone() }</text>
            <text class="fp-risk__axis" x={coord(W)} y={coord(H + 14.0)} text-anchor="end">{ props.last_label.clone() }</text>
        </>
    };
    svg(frame, body)
}
