//! What the app may keep, and what it says about it: the summary of a storage repair (parts
//! reset, scenarios dropped, content kept aside) and the notices that hold saving until the
//! user decides, so a link or file that cannot be opened never overwrites the saved plan.

use super::limits::Overflows;
use super::Notice;

/// Parts of a saved session a repair can reset: the plan's sections by their JSON key, then
/// the preferences and the typed text.
/// Every top-level key of the `Plan` is here (`tests/state_repair.rs` checks it against the
/// plan's JSON), so a repair anywhere in the plan is named in the notice.
pub const PARTS: [&str; 22] = [
    "goal",
    "deal_size",
    "funnel",
    "revenue",
    "periods",
    "cycle",
    "team",
    "sla",
    "budget",
    "economics",
    "pipeline",
    "goal_seek",
    "tracking",
    "sensitivity",
    "scoring",
    "risk",
    "sources",
    "actuals",
    "agreement",
    "version",
    "settings",
    "drafts",
];

/// Where the original of damaged storage went.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum KeptAside {
    /// Nothing needed keeping.
    #[default]
    Nothing,
    /// Copied to the backup key before anything overwrites it.
    InBackup,
    /// The copy failed (storage full): saving holds until the user downloads it or decides.
    NotKept,
}

/// What loading storage found and did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Repairs {
    /// Bit i set: `PARTS[i]` (or something inside it) fell back to its default.
    parts: u32,
    /// The saved session, or the scenario list, could not be read at all.
    pub unreadable: bool,
    /// Scenarios dropped (not even a name and a plan could be read) or repaired.
    pub scenarios_dropped: u16,
    pub scenarios_repaired: u16,
    /// Limits the saved content went past (it was cut to them).
    pub overflows: Overflows,
    pub kept: KeptAside,
}

impl Repairs {
    /// Records that the part holding `path` (`revenue.current_recurring_revenue`) was reset.
    pub fn reset_path(&mut self, path: &str) {
        let head = path.split('.').next().unwrap_or_default();
        if let Some(i) = PARTS.iter().position(|p| *p == head) {
            self.parts |= 1 << i;
        }
    }

    /// The parts reset, as keys of `PARTS`, in that order.
    pub fn parts(&self) -> impl Iterator<Item = &'static str> + '_ {
        PARTS.iter().enumerate().filter(|(i, _)| self.parts & (1 << i) != 0).map(|(_, p)| *p)
    }

    /// Whether anything was changed from what storage held (then the original is kept aside).
    pub fn any(&self) -> bool {
        self.parts != 0
            || self.unreadable
            || self.scenarios_dropped > 0
            || self.scenarios_repaired > 0
            || !self.overflows.is_empty()
    }
}

impl Notice {
    /// True while the notice stands for a choice the user has not made: what is on screen is
    /// not theirs (a link or file that could not be opened), or damaged storage could not be
    /// kept aside. Nothing is written, neither storage nor the address, until they act.
    pub fn holds_saving(self) -> bool {
        match self {
            Notice::BrokenLink
            | Notice::NewerLink
            | Notice::LinkTooLarge
            | Notice::BrokenFile
            | Notice::PartMissing => true,
            Notice::Repaired(repairs) => repairs.kept == KeptAside::NotKept,
            _ => false,
        }
    }
}
