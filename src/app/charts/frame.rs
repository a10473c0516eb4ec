//! The one SVG frame every chart draws in: the `<svg>` with its viewBox, its accessible name
//! (a `<title>`, optionally a `<desc>`) or none for a decorative strip, and the `<figure>` with
//! a visible caption that most charts sit in.

use yew::prelude::*;

/// What a chart's `<svg>` says about itself.
pub struct Frame {
    /// The chart's own class (`fp-chart__svg`, `fp-gauge`…), bound to the design tokens.
    pub class: &'static str,
    /// `min-x min-y width height` of the drawing.
    pub view_box: (f64, f64, f64, f64),
    /// Id and text of the `<title>` naming the image; `None` hides a decorative drawing from
    /// assistive technology (its figure is named elsewhere).
    pub title: Option<(AttrValue, AttrValue)>,
    /// Id and text of a `<desc>` read with the title.
    pub desc: Option<(AttrValue, AttrValue)>,
    /// Id of the table holding the same figures.
    pub described_by: Option<AttrValue>,
    /// Drawn at the container's width (`width="100%"`); otherwise the stylesheet sizes it.
    pub full_width: bool,
}

/// The `<svg>` around a chart's drawing.
pub fn svg(frame: Frame, body: Html) -> Html {
    let (x, y, w, h) = frame.view_box;
    let view_box = format!("{} {} {} {}", super::coord(x), super::coord(y), super::coord(w), super::coord(h));
    let named = frame.title.is_some();
    let labelled_by = match (&frame.title, &frame.desc) {
        (Some((t, _)), Some((d, _))) => Some(AttrValue::from(format!("{t} {d}"))),
        (Some((t, _)), None) => Some(t.clone()),
        _ => None,
    };
    html! {
        <svg class={frame.class} viewBox={view_box} width={frame.full_width.then_some("100%")}
            role={named.then_some("img")} aria-labelledby={labelled_by}
            aria-describedby={frame.described_by} aria-hidden={(!named).then_some("true")}
            focusable={(!named).then_some("false")}>
            if let Some((id, text)) = frame.title {
                <title id={id}>{ text }</title>
            }
            if let Some((id, text)) = frame.desc {
                <desc id={id}>{ text }</desc>
            }
            { body }
        </svg>
    }
}

/// A chart in a `<figure>` with its visible caption.
pub fn figure(id: AttrValue, caption: AttrValue, body: Html) -> Html {
    html! {
        <figure class="fp-chart" id={id}>
            { body }
            <figcaption class="fp-chart__caption">{ caption }</figcaption>
        </figure>
    }
}

/// The id of a chart's `<title>`: its own id + `-title`.
pub fn title_id(id: &AttrValue) -> AttrValue {
    AttrValue::from(format!("{id}-title"))
}
