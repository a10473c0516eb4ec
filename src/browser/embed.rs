//! The widget's side of embedding: its configuration from the URL, its look from that
//! configuration, and messages to and from the host page (origin and source checked).

use crate::embed::config::{self, EmbedConfig};
use crate::embed::protocol::{PlanSummary, PROTOCOL_VERSION, SOURCE};
use crate::i18n::Lang;
use crate::state::Action;
use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Reads `?…` once; prints a console warning for every ignored parameter.
pub fn read_config() -> EmbedConfig {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else { return EmbedConfig::default() };
    let mut pairs = Vec::new();
    for entry in js_sys::try_iter(&params).ok().flatten().into_iter().flatten().flatten() {
        let pair = js_sys::Array::from(&entry);
        if let (Some(k), Some(v)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
            pairs.push((k, v));
        }
    }
    let (config, ignored) = config::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    for item in ignored {
        web_sys::console::warn_1(
            // `"{}"` rather than `{:?}`: Debug's escaping code would stay in the main module
            // for this one warning.
            &format!("Funnel Planner: ignored parameter {}=\"{}\"", item.key, item.value).into(),
        );
    }
    config
}

/// Sets the brand colour, font and corner radius as custom properties (through the CSSOM,
/// which a strict CSP allows, unlike a `style` attribute).
pub fn apply_look(root: &web_sys::Element, config: &EmbedConfig) {
    let Some(el) = root.dyn_ref::<web_sys::HtmlElement>() else { return };
    let style = el.style();
    if let Some(brand) = &config.brand {
        let _ = style.set_property("--fp-brand", brand);
        let _ = style.set_property("--fp-brand-strong", brand);
    }
    if let Some(font) = &config.font {
        let _ = style.set_property("--fp-font", &format!("{font}, system-ui, sans-serif"));
    }
    if let Some(radius) = config.radius_px {
        let _ = style.set_property("--fp-radius", &format!("{radius}px"));
    }
}

fn parent_window() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    // A top-level page is its own parent: nothing to talk to.
    (!js_sys::Object::is(&parent, &window)).then_some(parent)
}

/// Posts `{source, version, type, id, ...extra}` to the host, only to its declared origin.
pub fn post(config: &EmbedConfig, kind: &str, extra: &[(&str, JsValue)]) {
    let (Some(origin), Some(parent)) = (&config.host_origin, parent_window()) else { return };
    let message = Object::new();
    let set = |k: &str, v: &JsValue| {
        let _ = Reflect::set(&message, &JsValue::from_str(k), v);
    };
    set("source", &JsValue::from_str(SOURCE));
    set("version", &JsValue::from(PROTOCOL_VERSION));
    set("type", &JsValue::from_str(kind));
    set("id", &JsValue::from_str(config.widget_id.as_deref().unwrap_or("")));
    for (k, v) in extra {
        set(k, v);
    }
    let _ = parent.post_message(&message, origin);
}

/// Tells the host the plan's summary; once the writer (`persist`) is in, in order.
pub fn post_summary(config: &EmbedConfig, summary: PlanSummary) {
    let config = config.clone();
    super::persist::when_ready(move |codec| {
        if let Some(value) = codec.and_then(|c| (c.summary_to_js)(&summary)) {
            post(&config, "plan", &[("summary", value)]);
        }
    });
}

/// Talks with the host, once the writer (`persist`) is in: the height reported, its commands
/// listened to, then "ready" said. The writer's part hands this code over (`persist::Codec`),
/// so in the split build it is out of the first load. It comes in for any widget with a host,
/// which is told the plan's summaries through the same part: queued first, so "ready" always
/// comes before them. Where that part cannot load, the widget cannot listen and says nothing
/// (it shows that a part of the app is missing).
pub fn talk_to_host(config: EmbedConfig, root: Option<web_sys::Element>, dispatch: yew::Callback<Action>) {
    if config.host_origin.is_none() {
        return;
    }
    super::persist::when_ready(move |codec| {
        if let Some(codec) = codec {
            (codec.embed_start)(&config, root.as_ref(), dispatch);
        }
    });
}

/// `talk_to_host` once the writer is in.
pub fn start(config: &EmbedConfig, root: Option<&web_sys::Element>, dispatch: yew::Callback<Action>) {
    if let Some(root) = root {
        // The observer must outlive this call: it reports heights for the app's life.
        std::mem::forget(observe_height(config.clone(), root));
    }
    listen(config, dispatch);
    post(config, "ready", &[]);
}

/// Reports the content height whenever it changes. Returns the observer so it lives as long
/// as the app.
fn observe_height(config: EmbedConfig, root: &web_sys::Element) -> Option<web_sys::ResizeObserver> {
    config.host_origin.as_ref()?;
    let target = root.clone();
    let callback = Closure::<dyn FnMut()>::new(move || {
        let height = target.get_bounding_client_rect().height().ceil();
        post(&config, "height", &[("height", JsValue::from(height))]);
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    callback.forget();
    observer.observe(root);
    Some(observer)
}

/// Accepts host commands (`set-inputs`, `set-language`) only from the parent window and the
/// host's declared origin, and only in this protocol's version.
fn listen(config: &EmbedConfig, dispatch: yew::Callback<Action>) {
    let (Some(origin), Some(window)) = (config.host_origin.clone(), web_sys::window()) else { return };
    let handler = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
        let from_parent = match (event.source(), parent_window()) {
            (Some(source), Some(parent)) => js_sys::Object::is(&source, &parent),
            _ => false,
        };
        if !from_parent || event.origin() != origin {
            return;
        }
        let data = event.data();
        let get = |k: &str| Reflect::get(&data, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED);
        if get("source").as_string().as_deref() != Some("funnel-planner-host") {
            return;
        }
        if !crate::embed::protocol::accepts_version(get("version").as_f64()) {
            let version = super::json::stringify(&get("version"), false).unwrap_or_else(|| "(none)".into());
            web_sys::console::warn_1(
                &format!("Funnel Planner: ignored host command of version {version}").into(),
            );
            return;
        }
        match get("type").as_string().as_deref() {
            Some("set-language") => {
                if let Some(lang) = get("lang").as_string().and_then(|c| Lang::from_code(&c)) {
                    dispatch.emit(Action::SetLang(lang));
                }
            }
            Some("set-inputs") => set_inputs(&get("values"), &dispatch),
            _ => {}
        }
    });
    let _ = window.add_event_listener_with_callback("message", handler.as_ref().unchecked_ref());
    handler.forget();
}

fn set_inputs(values: &JsValue, dispatch: &yew::Callback<Action>) {
    if !values.is_object() {
        return;
    }
    for key in Object::keys(values.unchecked_ref::<Object>()).iter() {
        let Some(path) = key.as_string() else { continue };
        let raw = Reflect::get(values, &key).unwrap_or(JsValue::UNDEFINED);
        // A number as JavaScript writes it, without its exponent (Rust's own float formatting
        // would link about 12 KB into the main module for this one call).
        let text = raw.as_string().or_else(|| {
            raw.as_f64()?;
            let js = raw.unchecked_ref::<js_sys::Number>().to_string_with_radix(10).ok()?;
            Some(config::plain_number(&String::from(js)))
        });
        let value = text.as_deref().and_then(|t| config::host_value(&path, t));
        match value {
            Some(value) => dispatch.emit(Action::SetValue { path, value }),
            None => web_sys::console::warn_1(&format!("Funnel Planner: ignored input {path}").into()),
        }
    }
}
