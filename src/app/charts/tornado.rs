//! The tornado chart: per input, the volume a change up saves and a change down costs, as bars
//! on either side of a centre line, in the order given (the engine sorts by volume saved).
//! Bars are drawn by sign: right of the line = volume saved, left = extra volume needed.

use super::frame::{figure, svg, title_id, Frame};
use super::{coord, linear_share, WIDTH};
use yew::prelude::*;

/// One input's two outcomes, formatted by the caller.
#[derive(Clone, PartialEq)]
pub struct TornadoRow {
    pub label: AttrValue,
    /// Volume saved by each side (negative = extra needed); `None` = out of reach.
    pub up: Option<i64>,
    pub down: Option<i64>,
    pub up_text: AttrValue,
    pub down_text: AttrValue,
}

pub struct TornadoProps {
    pub id: AttrValue,
    pub title: AttrValue,
    pub caption: AttrValue,
    pub rows: Vec<TornadoRow>,
    /// Headings over the left (extra needed) and right (saved) halves.
    pub left_heading: AttrValue,
    pub right_heading: AttrValue,
    pub described_by: Option<AttrValue>,
}

const ROW: f64 = 50.0;
const HEAD: f64 = 22.0;
const CENTRE: f64 = WIDTH / 2.0;
/// Room kept at each end for the value labels.
const HALF: f64 = CENTRE - 72.0;

fn bar(saved: Option<i64>, text: &AttrValue, y: f64, max: u64) -> Html {
    let Some(saved) = saved else {
        return html! {
            <text class="fp-chart__value" x={coord(CENTRE + 4.0)} y={coord(y + 12.0)}>{ text.clone() }</text>
        };
    };
    let width = linear_share(saved.unsigned_abs(), max) * HALF;
    let (x, class, text_x, anchor) = if saved >= 0 {
        (CENTRE, "fp-chart__bar", CENTRE + width + 4.0, "start")
    } else {
        (CENTRE - width, "fp-chart__bar fp-chart__bar--loss", CENTRE - width - 4.0, "end")
    };
    html! {
        <g>
            <rect class={class} x={coord(x)} y={coord(y)} width={coord(width)} height="16" rx="2" />
            <text class="fp-chart__value" x={coord(text_x)} y={coord(y + 12.0)} text-anchor={anchor}>
                { text.clone() }
            </text>
        </g>
    }
}

pub fn tornado(props: &TornadoProps) -> Html {
    let max =
        props.rows.iter().flat_map(|r| [r.up, r.down]).flatten().map(i64::unsigned_abs).max().unwrap_or(0);
    let height = HEAD + ROW * props.rows.len() as f64;
    let rows = props.rows.iter().enumerate().map(|(i, row)| {
        let top = HEAD + ROW * i as f64;
        html! {
            <g>
                <text class="fp-chart__label" x="0" y={coord(top + 13.0)}>{ row.label.clone() }</text>
                { bar(row.up, &row.up_text, top + 18.0, max) }
                { bar(row.down, &row.down_text, top + 18.0, max) }
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
    let body = html! {
        <>
                <text class="fp-chart__tick" x={coord(CENTRE - 4.0)} y="12" text-anchor="end">
                    { props.left_heading.clone() }
                </text>
                <text class="fp-chart__tick" x={coord(CENTRE + 4.0)} y="12">{ props.right_heading.clone() }</text>
                { for rows }
                <line class="fp-chart__centre" x1={coord(CENTRE)} x2={coord(CENTRE)} y1="16"
                    y2={coord(height)} />
        </>
    };
    figure(props.id.clone(), props.caption.clone(), svg(frame, body))
}
