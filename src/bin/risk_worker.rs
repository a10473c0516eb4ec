//! The risk Monte-Carlo's Web Worker (README "Risk (Monte-Carlo)"): a module of its own, built
//! by Trunk (`data-type="worker"` in index.html) and started by the app the first time the risk
//! section simulates (`browser::risk_worker`), so a simulation never holds the page's main
//! thread. It receives `{id, plan}` (the plan as JSON-compatible data), runs the engine and
//! the simulation, and answers `{id, risk}` (`risk` null when out of reach); `{ready: true}`
//! first, once it listens.

#[cfg(target_arch = "wasm32")]
fn main() {
    use funnel_planner::engine::{compute, simulate_risk};
    use js_sys::{Function, Object, Reflect};
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};

    let scope = js_sys::global();
    let post: Function = match Reflect::get(&scope, &"postMessage".into()).map(JsCast::dyn_into) {
        Ok(Ok(post)) => post,
        _ => return,
    };
    let reply = post.clone();
    let on_message = Closure::<dyn Fn(JsValue)>::new(move |event: JsValue| {
        let data = Reflect::get(&event, &"data".into()).unwrap_or(JsValue::NULL);
        let id = Reflect::get(&data, &"id".into()).unwrap_or(JsValue::NULL);
        let plan =
            Reflect::get(&data, &"plan".into()).ok().and_then(funnel_planner::browser::codec::plan_from_js);
        let risk = plan
            .and_then(|plan| compute(&plan).ok().and_then(|report| simulate_risk(&plan, &report)))
            .and_then(|risk| funnel_planner::browser::codec::risk_to_js(&risk))
            .unwrap_or(JsValue::NULL);
        let answer = Object::new();
        let _ = Reflect::set(&answer, &"id".into(), &id);
        let _ = Reflect::set(&answer, &"risk".into(), &risk);
        let _ = reply.call1(&JsValue::UNDEFINED, &answer);
    });
    let _ = Reflect::set(&scope, &"onmessage".into(), on_message.as_ref());
    // The handler lives as long as the worker.
    on_message.forget();
    // Messages that arrive before the module has loaded find no handler and are lost: the app
    // sends its first request when this says the handler is in place.
    let ready = Object::new();
    let _ = Reflect::set(&ready, &"ready".into(), &JsValue::TRUE);
    let _ = post.call1(&JsValue::UNDEFINED, &ready);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The risk worker runs in the browser, started by the app.");
}
