//! Every chart of the app, hand-drawn in SVG with no chart library, each in the one frame of
//! `frame.rs`: figures already formatted by the caller go in, an accessible drawing comes out (`role="img"` named by a `<title>`, a visible caption,
//! and a data table or a reference to one). Colours come from CSS classes bound to the design
//! tokens (style/funnel.css), so dark mode applies; every chart draws in a fixed-width viewBox
//! and is shown at `width: 100%`, so it scales down to a 320 px screen.

pub mod frame;
pub mod funnel_chart;
pub mod gauge;
pub mod histogram;
pub mod plan_actual;
pub mod timeline;
pub mod tornado;

/// Width of every chart's drawing, in viewBox units. Small on purpose: text drawn at 13 units
/// stays readable once the chart is scaled to a phone's width.
pub const WIDTH: f64 = 360.0;

/// Share (0..=1) of the longest bar for `value` on a `log10(1 + v)` scale, so a stage of
/// 100 customers stays visible next to 125 000 visitors. Pure drawing geometry.
pub fn log_share(value: u64, max: u64) -> f64 {
    if max == 0 {
        return 0.0;
    }
    ((value as f64) + 1.0).log10() / ((max as f64) + 1.0).log10()
}

/// Share (0..=1) of the longest bar on a linear scale.
pub fn linear_share(value: u64, max: u64) -> f64 {
    if max == 0 {
        0.0
    } else {
        value as f64 / max as f64
    }
}

/// An SVG coordinate, written with one decimal ("12.5", "-3.0"), from its whole tenths: the
/// standard library's float formatting would link about 12 KB of code into the main module.
pub fn coord(value: f64) -> String {
    let tenths = (value * 10.0).round();
    let tenths = if tenths.is_finite() { tenths as i64 } else { 0 };
    let sign = if tenths < 0 { "-" } else { "" };
    let abs = tenths.unsigned_abs();
    format!("{sign}{}.{}", abs / 10, abs % 10)
}
