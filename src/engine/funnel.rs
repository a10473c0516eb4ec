//! The funnel itself: stages and their rates, and the reverse calculation from customers
//! needed back to the volume every stage must produce.

use super::checks;
use super::decimal::Decimal;
use super::error::{Errors, Reason};
use serde::{Deserialize, Serialize};

/// Hard cap on stages: far above any real funnel, low enough to keep every report small.
pub const MAX_STAGES: usize = 200;

/// Longest stage name, in characters: enough for "Marketing qualified lead (inbound)", short
/// enough that a pasted paragraph cannot stretch every table and the SLA document.
pub const MAX_NAME_CHARS: usize = 60;

/// Largest count the engine reports; beyond it a goal is treated as out of reach.
pub const MAX_COUNT: i128 = 1_000_000_000_000_000;

/// Which team owns a stage (seed 004: the first three stages are marketing's, the last three
/// are sales').
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Team {
    #[default]
    Marketing,
    Sales,
}

/// One step of the funnel. `rate` is the share of this stage's people who reach the next
/// stage; the last stage (the customer) has no next stage and its rate is ignored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Stage {
    pub name: String,
    pub team: Team,
    pub rate: Decimal,
}

impl Default for Stage {
    fn default() -> Stage {
        Stage { name: String::new(), team: Team::Marketing, rate: Decimal::ONE }
    }
}

/// Full funnel with one rate per stage, or the seeds' shortcut: one lead → customer rate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum FunnelMode {
    #[default]
    Stages,
    Simple,
}

/// The funnel as the user set it. Both the stage list and the overall rate are kept, so
/// switching mode never loses what was typed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Funnel {
    pub mode: FunnelMode,
    pub stages: Vec<Stage>,
    /// Lead → customer rate used in simple mode.
    pub overall_rate: Decimal,
}

fn stage(name: &str, team: Team, percent: i64) -> Stage {
    Stage { name: name.to_string(), team, rate: Decimal::from_parts(percent, 2).unwrap_or(Decimal::ONE) }
}

impl Default for Funnel {
    /// Seed 004's six stages. Lead → customer multiplies to 4 %, the rate of seed 003's
    /// example, so both modes agree on the default plan.
    fn default() -> Funnel {
        Funnel {
            mode: FunnelMode::Stages,
            stages: vec![
                stage("Visitor", Team::Marketing, 2),
                stage("Lead", Team::Marketing, 40),
                stage("MQL", Team::Marketing, 50),
                stage("SQL", Team::Sales, 50),
                stage("Opportunity", Team::Sales, 40),
                stage("Customer", Team::Sales, 100),
            ],
            overall_rate: Decimal::from_parts(4, 2).unwrap_or(Decimal::ONE),
        }
    }
}

impl Funnel {
    /// The stages the calculation uses in the current mode.
    pub fn effective_stages(&self) -> Vec<Stage> {
        match self.mode {
            FunnelMode::Stages => self.stages.clone(),
            FunnelMode::Simple => vec![
                Stage { name: "Lead".into(), team: Team::Marketing, rate: self.overall_rate },
                Stage { name: "Customer".into(), team: Team::Sales, rate: Decimal::ONE },
            ],
        }
    }

    /// How many stages `effective_stages` holds, without building them.
    pub fn effective_len(&self) -> usize {
        match self.mode {
            FunnelMode::Stages => self.stages.len(),
            FunnelMode::Simple => 2,
        }
    }

    /// Checks the fields the current mode uses.
    pub fn validate(&self, errors: &mut Errors) {
        match self.mode {
            FunnelMode::Simple => {
                checks::rate(errors, "funnel.overall_rate", self.overall_rate);
            }
            FunnelMode::Stages => {
                if self.stages.len() < 2 {
                    errors.push("funnel.stages", Reason::TooFew);
                } else if self.stages.len() > MAX_STAGES {
                    errors.push("funnel.stages", Reason::TooMany);
                } else {
                    let last = self.stages.len() - 1;
                    for (i, s) in self.stages[..last].iter().enumerate() {
                        checks::rate(errors, &format!("funnel.stages.{i}.rate"), s.rate);
                    }
                    for (i, s) in self.stages.iter().enumerate() {
                        if s.name.chars().count() > MAX_NAME_CHARS {
                            errors.push(format!("funnel.stages.{i}.name"), Reason::TooLong);
                        }
                    }
                }
            }
        }
    }
}

/// Volume one stage must produce.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StageVolume {
    pub name: String,
    pub team: Team,
    /// Rate to the next stage (1 for the last stage).
    pub rate: Decimal,
    /// Whole people needed, rounded up.
    pub volume: u64,
    /// Cumulative rate from this stage to a customer.
    pub rate_to_customer: Decimal,
}

/// Reverse funnel: each stage needs enough whole people that, at its rate, it yields the next
/// stage's whole people: `volume[i] = ceil(volume[i+1] / rate[i])`. Rounding once per stage
/// from exact decimals is what makes "reverse, then forward" always reach the goal.
/// Returns `None` when a rate is zero or a count exceeds [`MAX_COUNT`].
pub fn reverse(stages: &[Stage], customers: u64) -> Option<Vec<StageVolume>> {
    let mut out: Vec<StageVolume> = Vec::with_capacity(stages.len());
    walk_up(stages, customers, None, &mut |s, volume, rate, rate_to_customer| {
        out.push(StageVolume { name: s.name.clone(), team: s.team, rate, volume, rate_to_customer });
    })?;
    out.reverse();
    Some(out)
}

/// `reverse(stages, customers)[0].volume` with stage `index`'s rate read as `rate` when
/// `rate_at` is `Some((index, rate))`, without copying the stages or building the stages'
/// volumes: the sensitivity's tornado asks for two such tops per stage at every change (a
/// 200-stage plan's copies of its stages cost its opening about 30 ms). `None` exactly where
/// `reverse` of the varied stages is `None` or empty.
pub fn reverse_top(stages: &[Stage], customers: u64, rate_at: Option<(usize, Decimal)>) -> Option<u64> {
    let mut top = None;
    walk_up(stages, customers, rate_at, &mut |_, volume, _, _| top = Some(volume))?;
    top
}

/// The reverse funnel from the customers up, one call of `visit` per stage (the last stage
/// first) with its volume, its rate to the next stage (1 for the last) and its rate to a
/// customer; `None` as soon as `reverse` is. Shared by `reverse` and `reverse_top`, so the
/// arithmetic exists once.
fn walk_up(
    stages: &[Stage],
    customers: u64,
    rate_at: Option<(usize, Decimal)>,
    visit: &mut dyn FnMut(&Stage, u64, Decimal, Decimal),
) -> Option<()> {
    let mut next = i128::from(customers);
    let mut to_customer = Decimal::ONE;
    for (i, s) in stages.iter().enumerate().rev() {
        let rate = match rate_at {
            Some((index, rate)) if index == i => rate,
            _ => s.rate,
        };
        let (volume, rate) = if i + 1 == stages.len() {
            (next, Decimal::ONE)
        } else {
            to_customer = to_customer.checked_mul(rate)?;
            (Decimal::from_count(next)?.ceil_div(rate)?, rate)
        };
        if volume > MAX_COUNT {
            return None;
        }
        // The cap keeps this in range; `try_from` makes a weakened cap an error, not a wrap.
        visit(s, u64::try_from(volume).ok()?, rate, to_customer);
        next = volume;
    }
    Some(())
}

/// Forward funnel: from `volume` people at stage `from`, the whole people expected at every
/// later stage (rounded down: a partial person does not convert).
pub fn forward(stages: &[Stage], from: usize, volume: u64) -> Option<Vec<u64>> {
    let mut out = Vec::with_capacity(stages.len().saturating_sub(from));
    let mut current = i128::from(volume);
    out.push(volume);
    for s in stages.iter().take(stages.len().saturating_sub(1)).skip(from) {
        current = Decimal::from_count(current)?.checked_mul(s.rate)?.floor();
        out.push(u64::try_from(current).ok()?);
    }
    Some(out)
}
