//! Exports that need no browser: CSV of the volumes per stage and period, and file names.

pub mod base64;
pub mod csv;
pub mod standalone;

/// A safe file name from a scenario name: letters, digits, dashes; never empty.
pub fn file_stem(name: &str) -> String {
    let stem: String = name
        .trim()
        .chars()
        .flat_map(|c| if c.is_alphanumeric() { c.to_lowercase().collect::<Vec<_>>() } else { vec!['-'] })
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
