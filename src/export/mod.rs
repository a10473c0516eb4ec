//! Exports that need no browser: CSV of the volumes per stage and period, and file names.

pub mod base64;
pub mod csv;
pub mod csv_sources;
pub mod standalone;

/// A safe file name from a scenario name: letters, digits, dashes; never empty.
pub fn file_stem(name: &str) -> String {
    let stem: String = name
        .trim()
        .chars()
        .map(|c| if c.is_alphanumeric() { lower_char(c) } else { "-".into() })
        .collect::<String>()
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if stem.is_empty() {
        "funnel-plan".to_string()
    } else {
        stem
    }
}

/// `c` in lower case (possibly several characters, as `char::to_lowercase` gives). In the
/// browser this asks JavaScript (`toLowerCase` of the lone character, the same Unicode
/// mapping), so the wasm carries no Unicode case tables (about 25 KB).
#[cfg(target_arch = "wasm32")]
fn lower_char(c: char) -> String {
    if c.is_ascii() {
        return c.to_ascii_lowercase().into();
    }
    let mut buf = [0u8; 4];
    String::from(js_sys::JsString::from(&*c.encode_utf8(&mut buf)).to_lower_case())
}

#[cfg(not(target_arch = "wasm32"))]
fn lower_char(c: char) -> String {
    c.to_lowercase().collect()
}
