//! Repair of a damaged saved plan, field by field: what was saved is laid over the defaults one
//! part at a time, and a part that makes the plan unreadable falls back to its default while
//! the rest is kept. Written over any JSON-like tree (`Tree`), with "does this read as a plan?"
//! passed in, so the same code runs on browser values and, in tests, on `serde_json` values.

/// A JSON-like value, as far as the repair needs to see it.
pub trait Tree: Clone {
    fn is_object(&self) -> bool;
    fn is_array(&self) -> bool;
    /// The keys of an object (empty for anything else).
    fn keys(&self) -> Vec<String>;
    /// An object's member.
    fn member(&self, key: &str) -> Option<Self>;
    /// A copy of this object with `key` set to `value`.
    fn with_member(&self, key: &str, value: Self) -> Self;
    /// The items of an array (empty for anything else).
    fn items(&self) -> Vec<Self>;
    fn array(items: Vec<Self>) -> Self;
    fn empty_object() -> Self;
}

/// A step into a tree: an object's key or an array's index.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Step {
    Key(String),
    Index(usize),
}

/// The repaired value and the paths (`revenue.current_recurring_revenue`, `funnel.stages.3`)
/// that fell back to their default or were dropped.
pub struct Repaired<T> {
    pub value: T,
    pub reset: Vec<String>,
}

/// `patch` laid over `base`: objects merged key by key, anything else replaced (the same rule
/// as share links, whose payload is a difference from the defaults).
pub fn merge<T: Tree>(base: &T, patch: &T) -> T {
    if !(base.is_object() && patch.is_object()) {
        return patch.clone();
    }
    let mut out = base.clone();
    for key in patch.keys() {
        if let Some(p) = patch.member(&key) {
            let merged = match base.member(&key) {
                Some(b) => merge(&b, &p),
                None => p,
            };
            out = out.with_member(&key, merged);
        }
    }
    out
}

fn get_at<T: Tree>(root: &T, path: &[Step]) -> Option<T> {
    let Some((first, rest)) = path.split_first() else { return Some(root.clone()) };
    let child = match first {
        Step::Key(k) => root.member(k)?,
        Step::Index(i) => root.items().into_iter().nth(*i)?,
    };
    get_at(&child, rest)
}

fn set_at<T: Tree>(root: &T, path: &[Step], value: T) -> T {
    let Some((first, rest)) = path.split_first() else { return value };
    match first {
        Step::Key(k) => {
            let child = root.member(k).unwrap_or_else(T::empty_object);
            root.with_member(k, set_at(&child, rest, value))
        }
        Step::Index(i) => {
            let mut items = root.items();
            if let Some(slot) = items.get_mut(*i) {
                *slot = set_at(slot, rest, value);
            }
            T::array(items)
        }
    }
}

fn path_text(path: &[Step]) -> String {
    let parts: Vec<String> = path
        .iter()
        .map(|s| match s {
            Step::Key(k) => k.clone(),
            Step::Index(i) => i.to_string(),
        })
        .collect();
    parts.join(".")
}

/// `saved` laid over `base`, keeping every part for which `reads` still holds of the whole.
/// When `saved` reads as it is, this costs one call of `reads`; otherwise about one per part
/// on the way down to the damaged ones.
pub fn repair<T: Tree>(base: &T, saved: &T, reads: &dyn Fn(&T) -> bool) -> Repaired<T> {
    let mut reset = Vec::new();
    let value = lay(base.clone(), &mut Vec::new(), saved, reads, &mut reset);
    Repaired { value, reset }
}

/// Items of one list the slow path looks at: the longest list a plan may hold (longer lists
/// are cut to it anyway), so a damaged 10 000-item list costs no more than a full one.
const MAX_ITEMS: usize = super::limits::MAX_STAGES;

/// Lays `saved` at `path` of `whole` (which already reads), part by part where needed.
fn lay<T: Tree>(
    whole: T,
    path: &mut Vec<Step>,
    saved: &T,
    reads: &dyn Fn(&T) -> bool,
    reset: &mut Vec<String>,
) -> T {
    let current = get_at(&whole, path);
    let merged = match &current {
        Some(c) => merge(c, saved),
        None => saved.clone(),
    };
    let trial = set_at(&whole, path, merged);
    if reads(&trial) {
        return trial;
    }
    // An object where a list belongs (or the reverse) says nothing about the part's fields.
    let other_shape = current
        .as_ref()
        .is_some_and(|c| (c.is_object() && !saved.is_object()) || (c.is_array() && !saved.is_array()));
    if other_shape {
        reset.push(path_text(path));
        whole
    } else if saved.is_object() {
        lay_members(whole, current, path, saved, reads, reset)
    } else if saved.is_array() {
        lay_items(whole, current, path, saved, reads, reset)
    } else {
        reset.push(path_text(path));
        whole
    }
}

/// An object part that does not read as a whole: its members one at a time, over the part as
/// it is (or over an empty object, which takes every default, when the part is not one).
fn lay_members<T: Tree>(
    whole: T,
    current: Option<T>,
    path: &mut Vec<Step>,
    saved: &T,
    reads: &dyn Fn(&T) -> bool,
    reset: &mut Vec<String>,
) -> T {
    let mut whole = if current.as_ref().is_some_and(Tree::is_object) {
        whole
    } else {
        let trial = set_at(&whole, path, T::empty_object());
        if !reads(&trial) {
            reset.push(path_text(path));
            return whole;
        }
        trial
    };
    for key in saved.keys() {
        if let Some(member) = saved.member(&key) {
            path.push(Step::Key(key));
            whole = lay(whole, path, &member, reads, reset);
            path.pop();
        }
    }
    whole
}

/// A list that does not read as a whole: each readable item kept, an object item repaired over
/// the default item at its place, any other unreadable item dropped.
fn lay_items<T: Tree>(
    whole: T,
    current: Option<T>,
    path: &mut Vec<Step>,
    saved: &T,
    reads: &dyn Fn(&T) -> bool,
    reset: &mut Vec<String>,
) -> T {
    let defaults = current.map(|d| d.items()).unwrap_or_default();
    let mut whole = set_at(&whole, path, T::array(Vec::new()));
    if !reads(&whole) {
        reset.push(path_text(path));
        return set_at(&whole, path, T::array(defaults));
    }
    let mut items = Vec::new();
    for (i, item) in saved.items().into_iter().take(MAX_ITEMS).enumerate() {
        items.push(item.clone());
        let trial = set_at(&whole, path, T::array(items.clone()));
        if reads(&trial) {
            whole = trial;
            continue;
        }
        let at = items.len() - 1;
        items[at] = defaults.get(i).cloned().unwrap_or_else(T::empty_object);
        let template = set_at(&whole, path, T::array(items.clone()));
        if item.is_object() && reads(&template) {
            path.push(Step::Index(at));
            whole = lay(template, path, &item, reads, reset);
            path.pop();
            items = get_at(&whole, path).map(|a| a.items()).unwrap_or_default();
        } else {
            items.pop();
            path.push(Step::Index(i));
            reset.push(path_text(path));
            path.pop();
        }
    }
    whole
}
