//! The split build's side of `persist`: the codec's split point, the codec once loaded, and
//! the work waiting for it.

use super::Codec;
use std::cell::{Cell, RefCell};
use wasm_split_helpers::{wasm_split, SplitLoaderError};

type Waiting = Box<dyn FnOnce(Option<Codec>)>;

thread_local! {
    static LOADED: Cell<Option<Codec>> = const { Cell::new(None) };
    static LOADING: Cell<bool> = const { Cell::new(false) };
    static WAITING: RefCell<Vec<Waiting>> = const { RefCell::new(Vec::new()) };
}

#[wasm_split(persist, fallible)]
fn split_codec() -> Result<Codec, SplitLoaderError> {
    // The plan read may use the engine's occasional sections (`engine::occasional`).
    crate::engine::occasional::install_direct();
    Ok(Codec::new())
}

/// The codec, once its part is in.
pub fn codec() -> Option<Codec> {
    LOADED.with(Cell::get)
}

/// Fetches the part (once; a failed load is tried again by the next call) and runs the work
/// waiting for it, in order; `None` when it could not be loaded (the work is told so).
pub async fn load() -> Option<Codec> {
    if let Some(codec) = codec() {
        return Some(codec);
    }
    LOADING.with(|l| l.set(true));
    let loaded = split_codec().await.ok();
    LOADING.with(|l| l.set(false));
    LOADED.with(|l| l.set(loaded));
    // Work queued while the work below runs goes to the end of the queue, in order.
    while let Some(work) = WAITING.with(|w| {
        let mut w = w.borrow_mut();
        (!w.is_empty()).then(|| w.remove(0))
    }) {
        work(loaded);
    }
    loaded
}

/// Runs `work` with the codec: at once when it is in, else once its part has loaded (or
/// failed to: then with `None`).
pub fn when_ready(work: impl FnOnce(Option<Codec>) + 'static) {
    if let Some(codec) = codec() {
        return work(Some(codec));
    }
    WAITING.with(|w| w.borrow_mut().push(Box::new(work)));
    if !LOADING.with(Cell::get) {
        wasm_bindgen_futures::spawn_local(async {
            load().await;
        });
    }
}
