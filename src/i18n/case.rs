//! Upper and lower case for the app's own French and English wording, without the standard
//! library's Unicode case tables (`str::to_lowercase` and `to_uppercase` link about 25 KB of
//! them into the wasm). Covers ASCII, Latin-1 and œ/Œ, ÿ/Ÿ: every letter French writes.
//! Other characters are left as they are, so this is for our texts, not for arbitrary input.

/// `text` in lower case, as `str::to_lowercase` gives for French and English text (the same
/// fold the engine matches typed names with).
pub use crate::engine::caseless::lower;

use crate::engine::caseless::shift;

/// `text` in upper case, as `str::to_uppercase` gives for French and English text.
pub fn upper(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'ß' => out.push_str("SS"),
            c => out.push(upper_char(c)),
        }
    }
    out
}

fn upper_char(c: char) -> char {
    match c {
        'a'..='z' | 'à'..='ö' | 'ø'..='þ' => shift(c, -0x20),
        'œ' => 'Œ',
        'ÿ' => 'Ÿ',
        'µ' => 'Μ',
        c => c,
    }
}
