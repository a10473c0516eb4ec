//! Lower case for matching what users type (stage names in an import, CRM statuses, rejection
//! reasons) without the standard library's Unicode case tables: `str::to_lowercase` links
//! about 25 KB of them into the wasm. Folds ASCII, Latin-1 and œ/Œ, ÿ/Ÿ, every letter French
//! and English write; other characters are left as they are (so "ΈΝΑ" and "ένα" do not match).

/// `text` in lower case, as `str::to_lowercase` gives for text in Latin letters.
pub fn lower(text: &str) -> String {
    text.chars().map(lower_char).collect()
}

fn lower_char(c: char) -> char {
    match c {
        'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' => shift(c, 0x20),
        'Œ' => 'œ',
        'Ÿ' => 'ÿ',
        c => c,
    }
}

/// `c` moved `by` code points (the distance between a Latin-1 letter's two cases).
pub(crate) fn shift(c: char, by: i32) -> char {
    char::from_u32((c as i32 + by) as u32).unwrap_or(c)
}
