//! The monthly timeline as small multiples: one small SVG strip of monthly bars per stage, laid
//! out in a responsive grid (one column on a phone, several on a wide screen). Each strip has
//! its own linear scale (stages differ by orders of magnitude; the month-to-month shape is
//! what matters). The group is one image named by a visible title; each bar has a tooltip.

use super::frame::{figure, svg, Frame};
use super::{coord, linear_share, WIDTH};
use yew::prelude::*;

/// One stage's monthly volumes.
#[derive(Clone, PartialEq)]
pub struct Series {
    /// Strip heading, already formatted ("Lead · peak 209").
    pub label: AttrValue,
    pub values: Vec<u64>,
    /// Tooltip of each bar, formatted by the caller ("January: 209").
    pub tips: Vec<AttrValue>,
    pub sales: bool,
}

pub struct TimelineProps {
    pub id: AttrValue,
    pub title: AttrValue,
    pub caption: AttrValue,
    pub series: Vec<Series>,
    /// Axis label of each month column ("J", "F", … or "Jan" when few).
    pub months: Vec<AttrValue>,
    /// Id of the table holding the same figures.
    pub described_by: Option<AttrValue>,
}

const HEAD: f64 = 18.0;
const BARS: f64 = 40.0;
const HEIGHT: f64 = HEAD + BARS + 18.0;

fn strip(series: &Series, months: &[AttrValue]) -> Html {
    let columns = months.len().max(1) as f64;
    let slot = WIDTH / columns;
    let bar_width = (slot * 0.72).max(2.0);
    let base = HEAD + BARS;
    let max = series.values.iter().copied().max().unwrap_or(0);
    let class = if series.sales { "fp-chart__bar fp-chart__bar--sales" } else { "fp-chart__bar" };
    let bars = series.values.iter().enumerate().map(|(m, value)| {
        let h = (linear_share(*value, max) * BARS).max(if *value > 0 { 1.5 } else { 0.0 });
        html! {
            <rect class={class} x={coord(slot * m as f64 + (slot - bar_width) / 2.0)}
                y={coord(base - h)} width={coord(bar_width)} height={coord(h)}>
                <title>{ series.tips.get(m).cloned().unwrap_or_default() }</title>
            </rect>
        }
    });
    let ticks = months.iter().enumerate().map(|(m, name)| {
        html! {
            <text class="fp-chart__tick" x={coord(slot * m as f64 + slot / 2.0)} y={coord(HEIGHT - 3.0)}
                text-anchor="middle">{ name.clone() }</text>
        }
    });
    let frame = Frame {
        class: "fp-chart__svg fp-chart__strip",
        view_box: (0.0, 0.0, WIDTH, HEIGHT),
        title: None,
        desc: None,
        described_by: None,
        full_width: true,
    };
    let body = html! {
        <>
            <text class="fp-chart__label" x="0" y="13">{ series.label.clone() }</text>
            <line class="fp-chart__axis" x1="0" x2={coord(WIDTH)} y1={coord(base)} y2={coord(base)} />
            { for bars }
            { for ticks }
        </>
    };
    svg(frame, body)
}

pub fn timeline(props: &TimelineProps) -> Html {
    let title_id = format!("{}-title", props.id);
    let body = html! {
        <>
            <p id={title_id.clone()} class="fp-chart__title">{ props.title.clone() }</p>
            <div class="fp-multiples" role="img" aria-labelledby={title_id}
                aria-describedby={props.described_by.clone()}>
                { for props.series.iter().map(|s| strip(s, &props.months)) }
            </div>
        </>
    };
    figure(props.id.clone(), props.caption.clone(), body)
}
