//! The funnel chart: one centred horizontal bar per stage, longest at the top, on a log scale
//! (the caller's caption says so), each labelled with its name, count and rate to the next.

use super::frame::{figure, svg, title_id, Frame};
use super::{coord, log_share, WIDTH};
use yew::prelude::*;

/// One stage as drawn.
#[derive(Clone, PartialEq)]
pub struct FunnelBar {
    /// Label line above the bar, already formatted ("Lead · 2,500 · 40 % → MQL").
    pub label: AttrValue,
    pub value: u64,
    /// Sales-owned stages are drawn in the sales colour.
    pub sales: bool,
}

pub struct FunnelChartProps {
    /// Prefix of the chart's element ids.
    pub id: AttrValue,
    pub title: AttrValue,
    /// Visible caption: what the chart shows and which scale it uses.
    pub caption: AttrValue,
    pub bars: Vec<FunnelBar>,
    /// Id of the table holding the same figures.
    pub described_by: Option<AttrValue>,
}

const ROW: f64 = 46.0;
const BAR: f64 = 20.0;
/// Bars never shrink below this, so a stage of 0 or 1 is still a visible mark.
const MIN_BAR: f64 = 6.0;

pub fn funnel_chart(props: &FunnelChartProps) -> Html {
    let max = props.bars.iter().map(|b| b.value).max().unwrap_or(0);
    let height = ROW * props.bars.len() as f64 + 4.0;
    let rows = props.bars.iter().enumerate().map(|(i, bar)| {
        let top = ROW * i as f64;
        let width = (log_share(bar.value, max) * WIDTH).max(MIN_BAR);
        let x = (WIDTH - width) / 2.0;
        let class = if bar.sales { "fp-chart__bar fp-chart__bar--sales" } else { "fp-chart__bar" };
        html! {
            <g>
                <text class="fp-chart__label" x="0" y={coord(top + 14.0)}>{ bar.label.clone() }</text>
                <rect class={class} x={coord(x)} y={coord(top + 20.0)} width={coord(width)}
                    height={coord(BAR)} rx="3" />
            </g>
        }
    });
    let frame = Frame {
        class: "fp-chart__svg",
        view_box: (0.0, 0.0, WIDTH, height),
        title: Some((title_id(&props.id), props.title.clone())),
        desc: None,
        described_by: props.described_by.clone(),
        full_width: true,
    };
    figure(props.id.clone(), props.caption.clone(), svg(frame, rows.collect()))
}
