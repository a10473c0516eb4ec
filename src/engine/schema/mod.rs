//! Plans of older schema versions opened as today's. Files and storage hold whole plans and
//! read with defaults for what they lack; share links hold only the difference from the
//! defaults *of their version*, so each version's defaults are frozen here and a link is
//! laid over its own, whatever today's defaults have become.
//!
//! Pure text in, text out: the browser parses and merges JSON with its own `JSON` (no JSON
//! library in the wasm), so this module hands it the base to merge over and fixes up the
//! typed plan afterwards.

use super::plan::{Plan, SCHEMA_VERSION};

/// `Plan::default()` as schema 1 wrote it (`tests/fixtures/v1/default_plan.json`, saved by the
/// schema-1 code; a test keeps the two identical).
pub const V1_DEFAULT_JSON: &str = include_str!("v1_default.json");

/// The defaults a link of `version` is a difference from: `Some(text)` for a frozen older
/// version, `None` for today's (serialize `Plan::default()`), `Err` for a version this code
/// does not know (newer, or 0).
pub fn link_base(version: u32) -> Result<Option<&'static str>, LinkError> {
    match version {
        1 => Ok(Some(V1_DEFAULT_JSON)),
        SCHEMA_VERSION => Ok(None),
        v if v > SCHEMA_VERSION => Err(LinkError::Newer),
        _ => Err(LinkError::Broken),
    }
}

/// Why a link cannot be opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkError {
    Newer,
    Broken,
}

/// A plan read from any version, brought to today's: the fields it lacked took their
/// defaults when it was read (for version 1, `sources` = the one default source, which
/// gives exactly the version-1 figures), and it now says it is today's version. Versions
/// newer than this code are left as they are, for validation to reject.
pub fn migrate(mut plan: Plan) -> Plan {
    if plan.version < SCHEMA_VERSION {
        plan.version = SCHEMA_VERSION;
    }
    plan
}
