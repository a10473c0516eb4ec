//! The table-free case mapping agrees with the standard library on every character it covers
//! and on the app's wording.

use funnel_planner::i18n::case::{lower, upper};

/// ASCII, Latin-1 and Latin Extended-A's œ/Œ/ÿ/Ÿ.
fn covered() -> impl Iterator<Item = char> {
    (0u32..=0xFF).chain([0x152, 0x153, 0x178]).filter_map(char::from_u32)
}

#[test]
fn matches_std_on_every_covered_character() {
    for c in covered() {
        let s = c.to_string();
        assert_eq!(lower(&s), s.to_lowercase(), "lower {c:?}");
        assert_eq!(upper(&s), s.to_uppercase(), "upper {c:?}");
    }
}

#[test]
fn matches_std_on_french_wording() {
    for text in ["Intérêt élevé", "Sur l'année", "Par jour ouvré", "ÉCOLE ŒUVRE ÇA", "Straße", "août"]
    {
        assert_eq!(lower(text), text.to_lowercase());
        assert_eq!(upper(text), text.to_uppercase());
    }
}
