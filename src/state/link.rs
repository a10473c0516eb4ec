//! The share link's hash, read strictly: which version it holds, its payload and its currency.
//! `v1` up to this schema's version is a plan (an older version is read against its own frozen
//! defaults, see `engine::schema`); `v0` or a newer version is refused; keys that are not a version
//! (`view=1`, `v=`, `vx=`) are ignored; an oversize hash is refused before it is read.

use super::limits::MAX_LINK_CHARS;
use crate::engine::SCHEMA_VERSION;

/// What a hash holds, before its payload is decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkHash<'a> {
    /// The schema version the link was written with (1 to `SCHEMA_VERSION`).
    pub version: u32,
    /// The base64url text after `vN=`.
    pub payload: &'a str,
    pub currency: Option<String>,
}

/// Why a hash holding a plan cannot be opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// `v0`, or a version key with no readable payload.
    Broken,
    /// A version above this app's.
    Newer,
    /// Longer than any plan this app writes.
    TooLarge,
}

/// The version of a key made of `v` and decimal digits only (`v1`, `v12`); `None` for any other
/// key. A version too large for `u32` reads as `u32::MAX` (newer than anything).
fn version_of(key: &str) -> Option<u32> {
    let digits = key.strip_prefix('v')?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(digits.parse().unwrap_or(u32::MAX))
}

/// Reads `hash` (with or without its `#`). `Ok(None)` when it holds no plan.
pub fn parse(hash: &str) -> Result<Option<LinkHash<'_>>, LinkError> {
    if hash.len() > MAX_LINK_CHARS {
        return Err(LinkError::TooLarge);
    }
    let mut payload = None;
    let mut currency = None;
    for pair in hash.trim_start_matches('#').split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        if key == "cur" {
            currency = crate::state::prefs::valid_currency(value);
        } else if let Some(version) = version_of(key) {
            // The first version key decides; a link this app writes has exactly one.
            payload.get_or_insert((version, value));
        }
    }
    match payload {
        None => Ok(None),
        Some((version, _)) if version > SCHEMA_VERSION => Err(LinkError::Newer),
        Some((version, payload)) if version >= 1 && !payload.is_empty() => {
            Ok(Some(LinkHash { version, payload, currency }))
        }
        Some(_) => Err(LinkError::Broken),
    }
}
