//! The monthly timeline: small multiples, one strip of monthly bars per stage, each strip on
//! its own linear scale (stages differ by orders of magnitude; the month-to-month shape is what
//! matters). Month labels run once along the bottom; each bar carries a tooltip with its value.

use super::{coord, linear_share, WIDTH};
use yew::prelude::*;

/// One stage's monthly volumes.
#[derive(Clone, PartialEq)]
pub struct Series {
    /// Strip heading, already formatted ("Lead · peak 209").
    pub label: AttrValue,
    pub values: Vec<u64>,
    /// Tooltip of each bar, formatted by the caller ("Jan: 209").
    pub tips: Vec<AttrValue>,
    pub sales: bool,
}

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub id: AttrValue,
    pub title: AttrValue,
    pub caption: AttrValue,
    pub series: Vec<Series>,
    /// Short month names, one per column ("Jan", "janv.").
    pub months: Vec<AttrValue>,
    /// Id of the table holding the same figures.
    #[prop_or_default]
    pub described_by: Option<AttrValue>,
}

const STRIP: f64 = 58.0;
const BARS: f64 = 36.0;
const AXIS: f64 = 18.0;

#[function_component(Timeline)]
pub fn timeline(props: &TimelineProps) -> Html {
    let title_id = format!("{}-title", props.id);
    let columns = props.months.len().max(1) as f64;
    let slot = WIDTH / columns;
    let bar_width = (slot * 0.72).max(2.0);
    let height = STRIP * props.series.len() as f64 + AXIS;
    let strips = props.series.iter().enumerate().map(|(s, series)| {
        let top = STRIP * s as f64;
        let base = top + 18.0 + BARS;
        let max = series.values.iter().copied().max().unwrap_or(0);
        let class = if series.sales { "fp-chart__bar fp-chart__bar--sales" } else { "fp-chart__bar" };
        let bars = series.values.iter().enumerate().map(|(m, value)| {
            let h = (linear_share(*value, max) * BARS).max(if *value > 0 { 1.5 } else { 0.0 });
            let tip = series.tips.get(m).cloned().unwrap_or_default();
            html! {
                <rect class={class} x={coord(slot * m as f64 + (slot - bar_width) / 2.0)}
                    y={coord(base - h)} width={coord(bar_width)} height={coord(h)}>
                    <title>{ tip }</title>
                </rect>
            }
        });
        html! {
            <g>
                <text class="fp-chart__label" x="0" y={coord(top + 13.0)}>{ series.label.clone() }</text>
                <line class="fp-chart__axis" x1="0" x2={coord(WIDTH)} y1={coord(base)} y2={coord(base)} />
                { for bars }
            </g>
        }
    });
    let axis_y = height - 4.0;
    let month_labels = props.months.iter().enumerate().map(|(m, name)| {
        html! {
            <text class="fp-chart__tick" x={coord(slot * m as f64 + slot / 2.0)} y={coord(axis_y)}
                text-anchor="middle">{ name.clone() }</text>
        }
    });
    html! {
        <figure class="fp-chart" id={props.id.clone()}>
            <svg class="fp-chart__svg" viewBox={format!("0 0 {} {}", coord(WIDTH), coord(height))}
                width="100%" role="img" aria-labelledby={title_id.clone()}
                aria-describedby={props.described_by.clone()}>
                <title id={title_id}>{ props.title.clone() }</title>
                { for strips }
                { for month_labels }
            </svg>
            <figcaption class="fp-chart__caption">{ props.caption.clone() }</figcaption>
        </figure>
    }
}
