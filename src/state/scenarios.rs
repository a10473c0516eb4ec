//! Named scenarios kept in the browser: save, rename, duplicate, delete, open, and the set of
//! two or three picked for side-by-side comparison.

use crate::engine::Plan;

/// At most this many scenarios are compared side by side (more does not fit a screen).
pub const MAX_COMPARED: usize = 3;
/// Bound on saved scenarios, so storage can never grow without limit.
pub const MAX_SCENARIOS: usize = 50;

#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    pub name: String,
    pub plan: Plan,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ScenarioAction {
    /// Saves the current plan under `name` (replacing a scenario of the same name).
    Save(String),
    Rename(usize, String),
    Duplicate(usize),
    Delete(usize),
    ToggleCompare(usize),
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Scenarios {
    pub list: Vec<Scenario>,
    /// Indices into `list`, in the order they were picked.
    pub compared: Vec<usize>,
}

impl Scenarios {
    pub fn apply(&mut self, action: ScenarioAction, current: &Plan, copy_suffix: &str) {
        match action {
            ScenarioAction::Save(name) => {
                let name = clean(&name);
                if name.is_empty() {
                    return;
                }
                if let Some(existing) = self.list.iter_mut().find(|s| s.name == name) {
                    existing.plan = current.clone();
                } else if self.list.len() < MAX_SCENARIOS {
                    self.list.push(Scenario { name, plan: current.clone() });
                }
            }
            ScenarioAction::Rename(i, name) => {
                let name = clean(&name);
                let taken = self.list.iter().enumerate().any(|(j, s)| j != i && s.name == name);
                if let (false, false, Some(s)) = (name.is_empty(), taken, self.list.get_mut(i)) {
                    s.name = name;
                }
            }
            ScenarioAction::Duplicate(i) => {
                if let (Some(s), true) = (self.list.get(i), self.list.len() < MAX_SCENARIOS) {
                    let name = self.unique_name(&format!("{} {copy_suffix}", s.name));
                    let copy = Scenario { name, plan: s.plan.clone() };
                    self.list.insert(i + 1, copy);
                    self.compared = self.compared.iter().map(|&c| if c > i { c + 1 } else { c }).collect();
                }
            }
            ScenarioAction::Delete(i) => {
                if i < self.list.len() {
                    self.list.remove(i);
                    self.compared = self
                        .compared
                        .iter()
                        .filter(|&&c| c != i)
                        .map(|&c| if c > i { c - 1 } else { c })
                        .collect();
                }
            }
            ScenarioAction::ToggleCompare(i) => {
                if let Some(pos) = self.compared.iter().position(|&c| c == i) {
                    self.compared.remove(pos);
                } else if i < self.list.len() && self.compared.len() < MAX_COMPARED {
                    self.compared.push(i);
                }
            }
        }
    }

    fn unique_name(&self, base: &str) -> String {
        let mut name = base.to_string();
        let mut n = 2;
        while self.list.iter().any(|s| s.name == name) {
            name = format!("{base} {n}");
            n += 1;
        }
        name
    }
}

/// Names are trimmed and bounded (they end up in file names and storage).
fn clean(name: &str) -> String {
    name.trim().chars().filter(|c| !c.is_control()).take(80).collect()
}
