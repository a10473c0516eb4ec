//! The risk Monte-Carlo off the main thread: a Web Worker with its own small WebAssembly
//! module (src/bin/risk_worker.rs), started the first time a simulation is asked for, so the
//! first visit never downloads it. Where workers are blocked or fail (a page opened from
//! file://, a policy forbidding them, a worker that does not load), the simulation runs on
//! the main thread as before, after the same debounce (`risk_fallback`).

use crate::engine::risk::RiskReport;
use crate::engine::{Plan, PlanReport};
use js_sys::{Function, Object, Reflect};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Trunk's loader for the worker bin (`data-loader-shim`), next to index.html.
const WORKER_URL: &str = "./risk_worker_loader.js";

/// What is waiting for the worker's answer: the request's number, its inputs (to run it on
/// the main thread if the worker fails) and what to call with the result.
struct Pending {
    id: f64,
    plan: Rc<Plan>,
    report: Rc<PlanReport>,
    done: super::persist::RiskDone,
}

enum Worker {
    NotStarted,
    /// Started; `true` once it said it listens (messages sent before would be lost).
    Running(JsValue, bool),
    Broken,
}

thread_local! {
    static WORKER: RefCell<Worker> = const { RefCell::new(Worker::NotStarted) };
    /// Only the latest request matters (the view asks again on every change), so one slot.
    static PENDING: RefCell<Option<Pending>> = const { RefCell::new(None) };
    static NEXT_ID: RefCell<f64> = const { RefCell::new(0.0) };
}

/// Simulates `plan` (whose report is `report`) and calls `done` with the result, in the worker
/// when there is one. A newer request replaces an older one still waiting: its `done` is
/// dropped, never called.
pub fn simulate(plan: Rc<Plan>, report: Rc<PlanReport>, done: impl FnOnce(Option<RiskReport>) + 'static) {
    // The request carries the plan as a JS value, so it waits for the writer (`persist`),
    // which also hands over the code below: only `persist::Codec` names it, so the split build
    // keeps the worker's messaging in the writer's part, out of the first load.
    super::persist::when_ready(move |codec| match codec {
        Some(codec) => (codec.simulate)(plan, report, Box::new(done)),
        None => super::risk_fallback::simulate(plan, report, done),
    });
}

/// `simulate` once the writer is in.
pub fn simulate_now(plan: Rc<Plan>, report: Rc<PlanReport>, done: super::persist::RiskDone) {
    let Some(worker) = worker() else {
        return super::risk_fallback::simulate(plan, report, done);
    };
    let id = NEXT_ID.with(|n| {
        *n.borrow_mut() += 1.0;
        *n.borrow()
    });
    let Some(data) = super::json::plan_to_js(&plan) else {
        return super::risk_fallback::simulate(plan, report, done);
    };
    PENDING.with(|p| *p.borrow_mut() = Some(Pending { id, plan, report, done }));
    if let Some(worker) = worker {
        send(&worker, id, &data);
    }
}

/// Posts request `id` for the plan `data`.
fn send(worker: &JsValue, id: f64, data: &JsValue) {
    let message = Object::new();
    let _ = Reflect::set(&message, &"id".into(), &id.into());
    let _ = Reflect::set(&message, &"plan".into(), data);
    let _ = call(worker, "postMessage", &message);
}

fn call(target: &JsValue, method: &str, arg: &JsValue) -> Option<JsValue> {
    let f: Function = Reflect::get(target, &method.into()).ok()?.dyn_into().ok()?;
    f.call1(target, arg).ok()
}

/// The worker, started on first use: `None` when workers are unavailable or it failed,
/// `Some(None)` while it loads (the request waits in `PENDING` until it is ready),
/// `Some(Some(worker))` when a request can be posted at once.
fn worker() -> Option<Option<JsValue>> {
    WORKER.with(|w| {
        let mut w = w.borrow_mut();
        if let Worker::NotStarted = &*w {
            *w = match start() {
                Some(worker) => Worker::Running(worker, false),
                None => Worker::Broken,
            };
        }
        match &*w {
            Worker::Running(worker, true) => Some(Some(worker.clone())),
            Worker::Running(_, false) => Some(None),
            _ => None,
        }
    })
}

/// The worker listens: it is marked ready and is sent the request waiting, if any.
fn on_ready() {
    let worker = WORKER.with(|w| match &mut *w.borrow_mut() {
        Worker::Running(worker, ready) => {
            *ready = true;
            Some(worker.clone())
        }
        _ => None,
    });
    let waiting = PENDING.with(|p| p.borrow().as_ref().map(|p| (p.id, super::json::plan_to_js(&p.plan))));
    if let (Some(worker), Some((id, Some(data)))) = (worker, waiting) {
        send(&worker, id, &data);
    }
}

fn start() -> Option<JsValue> {
    let global = js_sys::global();
    let constructor: Function = Reflect::get(&global, &"Worker".into()).ok()?.dyn_into().ok()?;
    let worker = Reflect::construct(&constructor, &js_sys::Array::of1(&WORKER_URL.into())).ok()?;
    let on_message = Closure::<dyn Fn(JsValue)>::new(|event: JsValue| {
        let data = Reflect::get(&event, &"data".into()).unwrap_or(JsValue::NULL);
        if Reflect::get(&data, &"ready".into()).ok().is_some_and(|r| r.is_truthy()) {
            return on_ready();
        }
        let id = Reflect::get(&data, &"id".into()).ok().and_then(|v| v.as_f64());
        let pending = PENDING.with(|p| {
            let mut p = p.borrow_mut();
            if p.as_ref().map(|p| p.id) == id {
                p.take()
            } else {
                None
            }
        });
        if let Some(pending) = pending {
            let risk = Reflect::get(&data, &"risk".into()).ok().filter(|r| !r.is_null());
            (pending.done)(risk.and_then(super::json::risk_from_js));
        }
    });
    // A worker that cannot load (file://, a blocking policy, a missing file) reports an error
    // event: from then on, and for the request waiting, the main thread simulates.
    let on_error = Closure::<dyn Fn(JsValue)>::new(|event: JsValue| {
        if let Ok(event) = event.dyn_into::<web_sys::Event>() {
            event.prevent_default();
        }
        WORKER.with(|w| *w.borrow_mut() = Worker::Broken);
        if let Some(p) = PENDING.with(|p| p.borrow_mut().take()) {
            super::risk_fallback::simulate(p.plan, p.report, p.done);
        }
    });
    Reflect::set(&worker, &"onmessage".into(), on_message.as_ref()).ok()?;
    Reflect::set(&worker, &"onerror".into(), on_error.as_ref()).ok()?;
    // Both handlers live as long as the worker, i.e. the page.
    on_message.forget();
    on_error.forget();
    super::mark("fp-risk-worker");
    Some(worker)
}
