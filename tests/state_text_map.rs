//! The drafts' map: B-tree behaviour (sorted keys, replace on insert) and the JSON object shape
//! stored sessions use.

use funnel_planner::state::TextMap;

fn sample() -> TextMap {
    let mut map = TextMap::new();
    map.insert("goal".into(), "12 000".into());
    map.insert("deal_size".into(), "abc".into());
    map.insert("funnel.stages.1.rate".into(), "4,5".into());
    map
}

#[test]
fn keeps_keys_sorted_and_replaces_on_insert() {
    let mut map = sample();
    map.insert("goal".into(), "13 000".into());
    let keys: Vec<&str> = map.keys().map(String::as_str).collect();
    assert_eq!(keys, ["deal_size", "funnel.stages.1.rate", "goal"]);
    assert_eq!(map.get("goal").map(String::as_str), Some("13 000"));
    assert!(map.contains_key("deal_size"));
    map.remove("deal_size");
    map.remove("missing");
    assert!(!map.contains_key("deal_size"));
    map.retain(|path, _| !path.starts_with("funnel."));
    assert_eq!(map.len(), 1);
    map.clear();
    assert!(map.is_empty());
}

#[test]
fn serializes_as_an_object_and_reads_back() {
    let map = sample();
    let json = serde_json::to_string(&map).unwrap();
    assert_eq!(json, r#"{"deal_size":"abc","funnel.stages.1.rate":"4,5","goal":"12 000"}"#);
    let back: TextMap = serde_json::from_str(&json).unwrap();
    assert_eq!(back, map);
    let unordered: TextMap = serde_json::from_str(r#"{"b":"2","a":"1"}"#).unwrap();
    assert_eq!(unordered.iter().next().map(|(k, v)| (k.as_str(), v.as_str())), Some(("a", "1")));
}
