//! The crash panel speaks the same words in both builds: the app's panic hook
//! (`browser::install_panic_panel`, debug builds) takes them from the i18n table, and the page's
//! handler (index.html, the release build, whose panics abort without running the hook) has
//! them written out. This test fails when one is changed without the other.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::i18n::{Lang, Text};

#[test]
fn the_page_handler_and_the_panic_hook_say_the_same_thing() {
    let page = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html")).unwrap();
    for lang in [Lang::Fr, Lang::En] {
        for text in [Text::CrashTitle, Text::CrashBody] {
            let words = lang.t(text);
            assert!(page.contains(&format!("'{words}'")), "index.html lacks {words:?} ({lang:?})");
        }
    }
}
