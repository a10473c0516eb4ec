//! The budget's share of revenue on a small horizontal gauge: the 5–20 % reference band shaded,
//! a marker at the share, and the zone above 20 % labelled growth mode (seed 000).

use super::frame::{svg, Frame};
use crate::engine::budget::{band_max, band_min};
use crate::engine::Decimal;
use yew::prelude::*;

/// The gauge spans 0 to 35 % of revenue; a share beyond sits at the right end.
const SCALE_MAX: f64 = 0.35;
const WIDTH: f64 = 320.0;
const PAD: f64 = 12.0;

pub struct GaugeProps {
    /// The budget's share of revenue, a fraction.
    pub share: Decimal,
    /// Formatted labels: the share, the band's ends, and "growth mode".
    pub share_label: AttrValue,
    pub min_label: AttrValue,
    pub max_label: AttrValue,
    pub growth_label: AttrValue,
    /// Accessible name and description (the verdict in words).
    pub title: AttrValue,
    pub description: AttrValue,
}

/// Horizontal position of a fraction of revenue on the gauge (drawing only).
fn x_of(fraction: Decimal) -> f64 {
    let clamped = fraction.to_f64().clamp(0.0, SCALE_MAX);
    PAD + clamped / SCALE_MAX * (WIDTH - 2.0 * PAD)
}

pub fn gauge(props: &GaugeProps) -> Html {
    let (lo, hi, end) = (x_of(band_min()), x_of(band_max()), WIDTH - PAD);
    let marker = x_of(props.share);
    let anchor = if marker < WIDTH * 0.2 {
        "start"
    } else if marker > WIDTH * 0.8 {
        "end"
    } else {
        "middle"
    };
    let bar_y = 30.0;
    let bar_h = 12.0;
    let frame = Frame {
        class: "fp-gauge",
        view_box: (0.0, 0.0, WIDTH, 72.0),
        title: Some(("fp-gauge-title".into(), props.title.clone())),
        desc: Some(("fp-gauge-desc".into(), props.description.clone())),
        described_by: None,
        full_width: false,
    };
    let body = html! {
        <>
            <rect class="fp-gauge__track" x={PAD.to_string()} y={bar_y.to_string()}
                width={(end - PAD).to_string()} height={bar_h.to_string()} rx="6" />
            <rect class="fp-gauge__band" x={lo.to_string()} y={bar_y.to_string()}
                width={(hi - lo).to_string()} height={bar_h.to_string()} />
            <rect class="fp-gauge__growth" x={hi.to_string()} y={bar_y.to_string()}
                width={(end - hi).to_string()} height={bar_h.to_string()} rx="0" />
            <text class="fp-gauge__tick" x={lo.to_string()} y="60" text-anchor="middle">{ &props.min_label }</text>
            <text class="fp-gauge__tick" x={hi.to_string()} y="60" text-anchor="middle">{ &props.max_label }</text>
            <text class="fp-gauge__growth-label" x={end.to_string()} y="60"
                text-anchor="end">{ &props.growth_label }</text>
            <line class="fp-gauge__marker" x1={marker.to_string()} x2={marker.to_string()}
                y1={(bar_y - 6.0).to_string()} y2={(bar_y + bar_h + 4.0).to_string()} />
            <circle class="fp-gauge__dot" cx={marker.to_string()} cy={(bar_y + bar_h / 2.0).to_string()} r="5" />
            <text class="fp-gauge__value" x={marker.to_string()} y="18" text-anchor={anchor}>
                { &props.share_label }
            </text>
        </>
    };
    svg(frame, body)
}
