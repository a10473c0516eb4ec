//! The share link's hash is read strictly: `v1` up to the current schema version opens (with
//! its version), `v0` and newer versions are
//! refused, unrelated keys are ignored, and an oversize hash is refused before it is read.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::state::limits::MAX_LINK_CHARS;
use funnel_planner::state::link::{parse, LinkError, LinkHash};

fn payload(hash: &str) -> Option<String> {
    parse(hash).ok().flatten().map(|l: LinkHash| l.payload.to_string())
}

#[test]
fn a_v1_link_gives_its_payload_and_currency() {
    let link = parse("#v1=eyJnb2FsIjo1fQ&cur=eur").unwrap().unwrap();
    assert_eq!(link.payload, "eyJnb2FsIjo1fQ");
    assert_eq!(link.currency.as_deref(), Some("EUR"));
    assert_eq!(link.version, 1);
}

#[test]
fn a_link_of_the_current_version_opens_with_its_version() {
    let hash = format!("#v{}=eyJnb2FsIjo1fQ", funnel_planner::engine::SCHEMA_VERSION);
    let link = parse(&hash).unwrap().unwrap();
    assert_eq!((link.version, link.payload), (funnel_planner::engine::SCHEMA_VERSION, "eyJnb2FsIjo1fQ"));
}

#[test]
fn a_hash_without_a_version_key_holds_no_plan() {
    for hash in ["", "#", "#cur=EUR", "#view=1", "#section=team&x=1"] {
        assert_eq!(parse(hash), Ok(None), "{hash}");
    }
}

#[test]
fn unrelated_keys_starting_with_v_are_ignored_not_fatal() {
    assert_eq!(payload("#view=1&v1=abc").as_deref(), Some("abc"));
    assert_eq!(payload("#v=2&vx=3&v1=abc&verbose").as_deref(), Some("abc"));
    assert_eq!(payload("#v1x=zz&v1=abc").as_deref(), Some("abc"));
}

#[test]
fn version_zero_and_an_empty_payload_are_refused_as_broken() {
    assert_eq!(parse("#v0=eyJnb2FsIjo1fQ"), Err(LinkError::Broken));
    assert_eq!(parse("#v1="), Err(LinkError::Broken));
    assert_eq!(parse("#v1"), Err(LinkError::Broken));
}

#[test]
fn newer_versions_are_refused_even_when_absurdly_large() {
    let next = format!("#v{}=AAAA", funnel_planner::engine::SCHEMA_VERSION + 1);
    assert_eq!(parse(&next), Err(LinkError::Newer));
    assert_eq!(parse("#v99999999999999999999=AAAA"), Err(LinkError::Newer));
}

#[test]
fn a_hash_longer_than_any_plan_is_refused_before_it_is_read() {
    let huge = format!("#v1={}", "A".repeat(1_000_000));
    assert_eq!(parse(&huge), Err(LinkError::TooLarge));
    let largest = format!("#v1={}", "A".repeat(MAX_LINK_CHARS - 4));
    assert!(parse(&largest).is_ok());
}
