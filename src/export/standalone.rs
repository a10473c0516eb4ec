//! The single-file app with a plan preloaded: where the plan goes in the file, how it is
//! escaped, and the file's name. Pure text; the browser side is `browser::standalone`.

use super::file_stem;

/// The empty preload element every pristine `funnel-planner.html` holds once, in its head
/// (written by `scripts/lib/standalone.mjs`).
pub const EMPTY_PRELOAD: &str = r#"<script type="application/json" id="fp-preload"></script>"#;

/// JSON made safe inside a `<script>` element: `<` only occurs inside JSON strings, where
/// `\u003c` means the same, so the text can never hold `</script>` or `<!--`.
pub fn script_safe(json: &str) -> String {
    json.replace('<', "\\u003c")
}

/// `pristine` with `json` in its preload element; `None` when `pristine` is not a pristine
/// single-file app (no empty preload element).
pub fn with_preload(pristine: &str, json: &str) -> Option<String> {
    let at = pristine.find(EMPTY_PRELOAD)?;
    let open = EMPTY_PRELOAD.len() - "</script>".len();
    let mut out = String::with_capacity(pristine.len() + json.len() + 1);
    out.push_str(&pristine[..at + open]);
    out.push_str(&script_safe(json));
    out.push_str(&pristine[at + open..]);
    Some(out)
}

/// `name` (or `fallback` when it is blank) as a safe `.html` file name.
pub fn html_file_name(name: &str, fallback: &str) -> String {
    let name = if name.trim().is_empty() { fallback } else { name };
    format!("{}.html", file_stem(name))
}
