//! The single-file app's preload: placement, escaping, file names.

use funnel_planner::export::standalone::{html_file_name, script_safe, with_preload, EMPTY_PRELOAD};

const PRISTINE: &str = concat!(
    "<!doctype html><html><head><style id=\"fp-style\">.a{}</style>",
    "<script type=\"application/json\" id=\"fp-preload\"></script>",
    "<script type=\"module\" id=\"fp-main\">const s = \"\\u003cscript type=\\\"application/json\\\" id=\\\"fp-preload\\\">\";</script>",
    "</head><body></body></html>"
);

#[test]
fn the_plan_goes_inside_the_one_empty_preload_element() {
    let out = with_preload(PRISTINE, r#"{"lang":"fr"}"#).unwrap();
    assert!(out.contains(r#"<script type="application/json" id="fp-preload">{"lang":"fr"}</script>"#));
    assert!(!out.contains(EMPTY_PRELOAD));
    assert_eq!(out.len(), PRISTINE.len() + r#"{"lang":"fr"}"#.len());
}

#[test]
fn json_can_never_close_the_script_element() {
    let json = r#"{"name":"</script><script>alert(1)</script><!--"}"#;
    let out = with_preload(PRISTINE, json).unwrap();
    assert_eq!(out.matches("</script>").count(), PRISTINE.matches("</script>").count());
    assert!(!script_safe(json).contains('<'));
    assert_eq!(script_safe("a<b"), "a\\u003cb");
}

#[test]
fn a_file_without_the_empty_preload_element_is_refused() {
    assert_eq!(with_preload("<!doctype html><p>Not found</p>", "{}"), None);
    let filled = with_preload(PRISTINE, "{}").unwrap();
    assert_eq!(with_preload(&filled, "{}"), None, "only a pristine file takes a plan");
}

#[test]
fn file_names_come_from_the_name_or_the_language_default() {
    assert_eq!(html_file_name("", "plan-entonnoir"), "plan-entonnoir.html");
    assert_eq!(html_file_name("  ", "funnel-plan"), "funnel-plan.html");
    assert_eq!(html_file_name("Plan T3 / Équipe Nord", "funnel-plan"), "plan-t3-équipe-nord.html");
}
