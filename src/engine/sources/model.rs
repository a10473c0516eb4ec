//! What the user says about each lead source (or segment, or persona): who owns it, its part
//! of the new-business goal, and where it differs from the plan's own funnel.

use crate::engine::checks;
use crate::engine::decimal::Decimal;
use crate::engine::error::{Errors, Reason};
use crate::engine::funnel::{Stage, MAX_STAGES};
use crate::engine::time::lag::MAX_DAYS_TO_CLOSE;
use serde::{Deserialize, Serialize};

/// Most sources a plan holds: far above "3 personas × inbound/outbound/partners", small
/// enough for the optimiser to stay instant.
pub const MAX_SOURCES: usize = 30;

/// Who brings the source's deals in: the marketing-sourced vs sales-sourced split of seed
/// 003 and HubSpot's SLA sheet, with partners apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Owner {
    #[default]
    Marketing,
    SalesOutbound,
    Partners,
}

impl Owner {
    pub const ALL: [Owner; 3] = [Owner::Marketing, Owner::SalesOutbound, Owner::Partners];
}

/// A source's part of the new-business goal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GoalShare {
    /// A fraction (0.25 = 25 %) of what the fixed amounts leave of the new-business goal.
    Share(Decimal),
    /// A fixed revenue amount, in the goal's currency.
    Amount(Decimal),
}

impl Default for GoalShare {
    fn default() -> GoalShare {
        GoalShare::Share(Decimal::ONE)
    }
}

/// One source. Every optional figure falls back on the plan's own, so the default source
/// is exactly the plan's single funnel.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Source {
    /// Empty for the default source, which the view names "All sources" in its language.
    pub name: String,
    pub owner: Owner,
    pub share: GoalShare,
    /// Average revenue per customer from this source; `None` = the plan's deal size.
    pub deal_size: Option<Decimal>,
    /// Rate of each stage in use (top first); `None` or a missing entry = the plan's rate.
    pub rates: Vec<Option<Decimal>>,
    /// Cost of one lead from this source (used when no stage cost is set).
    pub cost_per_lead: Option<Decimal>,
    /// Cost per person at each stage in use. With neither this nor `cost_per_lead`, the
    /// source costs what the plan's budget says a lead or a stage costs.
    pub stage_costs: Vec<Option<Decimal>>,
    /// Days from each stage to a customer; `None` or missing = the plan's `cycle`.
    pub days_to_close: Vec<Option<Decimal>>,
    /// Most leads (lead-stage people) this source can bring over the horizon: a bound for the
    /// mix optimiser only.
    pub max_leads: Option<Decimal>,
}

impl Source {
    /// Whether the source sets any cost of its own (then the plan's costs do not apply to it).
    pub fn has_own_costs(&self) -> bool {
        self.cost_per_lead.is_some() || self.stage_costs.iter().any(Option::is_some)
    }

    /// The plan's stages with this source's rates laid over them.
    pub fn stages(&self, plan_stages: &[Stage]) -> Vec<Stage> {
        plan_stages
            .iter()
            .enumerate()
            .map(|(i, s)| match self.rates.get(i).copied().flatten() {
                Some(rate) => Stage { rate, ..s.clone() },
                None => s.clone(),
            })
            .collect()
    }

    /// Days to close per stage: this source's where set, else the plan's.
    pub fn days(&self, plan_days: &[Decimal], stages: usize) -> Vec<Decimal> {
        (0..stages)
            .map(|i| {
                self.days_to_close
                    .get(i)
                    .copied()
                    .flatten()
                    .or_else(|| plan_days.get(i).copied())
                    .unwrap_or_default()
            })
            .collect()
    }

    /// `max_leads` as a whole count (validation has made it whole and ≥ 0).
    pub fn max_leads_count(&self) -> Option<u64> {
        self.max_leads.map(|m| u64::try_from(m.floor().max(0)).unwrap_or(u64::MAX))
    }

    /// Checks the source's own fields; `stages` is the number of stages in use (the last
    /// stage's rate is ignored, as in the funnel).
    pub fn validate(&self, prefix: &str, stages: usize, errors: &mut Errors) {
        match self.share {
            GoalShare::Share(s) => {
                checks::share(errors, &format!("{prefix}.share.share"), s);
            }
            GoalShare::Amount(a) => {
                checks::non_negative(errors, &format!("{prefix}.share.amount"), a);
            }
        }
        if let Some(d) = self.deal_size {
            checks::positive(errors, &format!("{prefix}.deal_size"), d);
        }
        for (name, list) in [
            ("rates", &self.rates),
            ("stage_costs", &self.stage_costs),
            ("days_to_close", &self.days_to_close),
        ] {
            if list.len() > MAX_STAGES {
                errors.push(format!("{prefix}.{name}"), Reason::TooMany);
            }
        }
        let last = stages.saturating_sub(1);
        for (i, rate) in self.rates.iter().enumerate().take(last) {
            if let Some(rate) = rate {
                checks::rate(errors, &format!("{prefix}.rates.{i}"), *rate);
            }
        }
        if let Some(cost) = self.cost_per_lead {
            checks::non_negative(errors, &format!("{prefix}.cost_per_lead"), cost);
        }
        for (i, cost) in self.stage_costs.iter().enumerate().take(MAX_STAGES) {
            if let Some(cost) = cost {
                checks::non_negative(errors, &format!("{prefix}.stage_costs.{i}"), *cost);
            }
        }
        for (i, days) in self.days_to_close.iter().enumerate().take(MAX_STAGES) {
            if let Some(days) = days {
                let path = format!("{prefix}.days_to_close.{i}");
                if days.is_negative() {
                    errors.push(path, Reason::Negative);
                } else if *days > MAX_DAYS_TO_CLOSE {
                    errors.push(path, Reason::OutOfRange);
                }
            }
        }
        if let Some(max) = self.max_leads {
            checks::whole_in(errors, &format!("{prefix}.max_leads"), max, 0, i64::MAX / 1_000_000_000);
        }
    }
}

/// The plan's default: one source carrying the whole goal with the plan's own figures.
pub fn default_sources() -> Vec<Source> {
    vec![Source::default()]
}

/// Checks the list: 1..=`MAX_SOURCES` sources, each valid, and parts that add up to the
/// new-business goal `new_goal` (`None` when it overflowed: reported elsewhere). Percentages
/// share what the fixed amounts leave, so they must add up to exactly 100 %; with no
/// percentage, the amounts must add up to the goal itself.
pub fn validate_sources(sources: &[Source], stages: usize, new_goal: Option<Decimal>, errors: &mut Errors) {
    if sources.is_empty() {
        errors.push("sources", Reason::TooFew);
        return;
    }
    if sources.len() > MAX_SOURCES {
        errors.push("sources", Reason::TooMany);
        return;
    }
    let before = errors.0.len();
    for (i, s) in sources.iter().enumerate() {
        s.validate(&format!("sources.{i}"), stages, errors);
    }
    if errors.0.len() > before {
        return;
    }
    let (mut shares, mut amounts, mut any_share) = (Decimal::ZERO, Decimal::ZERO, false);
    for s in sources {
        match s.share {
            GoalShare::Share(v) => {
                any_share = true;
                shares = shares.checked_add(v).unwrap_or(Decimal::HUNDRED);
            }
            GoalShare::Amount(v) => amounts = amounts.checked_add(v).unwrap_or(Decimal::HUNDRED),
        }
    }
    if any_share && shares != Decimal::ONE {
        errors.push("sources", Reason::SharesNotHundred);
    }
    if let Some(goal) = new_goal {
        if amounts > goal || (!any_share && amounts != goal) {
            errors.push("sources", Reason::AmountsNotGoal);
        }
    }
}
