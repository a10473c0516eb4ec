//! What the user says about uncertainty: per-stage rate ranges or observed counts, a deal-size
//! range, and how many trials to run. Off by default; checked only when switched on.

use crate::engine::checks;
use crate::engine::decimal::Decimal;
use crate::engine::error::{Errors, Reason};
use crate::engine::funnel::MAX_STAGES;
use serde::{Deserialize, Serialize};

/// Most trials a run may ask for: 200 000 keeps a run well under a second in the browser.
pub const MAX_TRIALS: u32 = 200_000;
/// Fewest trials: below 100 the percentiles say nothing.
pub const MIN_TRIALS: u32 = 100;
/// Largest volume simulated (see `samplers::MAX_MEAN`).
pub const MAX_VOLUME: i128 = 1_000_000_000_000;

/// How uncertain one stage's conversion rate is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RateUncertainty {
    /// Three-point estimate, drawn from a PERT distribution: a Beta on [low, high] with mode
    /// `likely` and shape α = 1 + 4 (likely − low)/(high − low), β = 1 + 4 (high − likely)/(high − low)
    /// (mean (low + 4·likely + high) / 6). PERT rather than triangular: thinner tails, and
    /// the likely value weighs as the user meant it.
    Range {
        #[serde(default)]
        low: Decimal,
        #[serde(default)]
        likely: Decimal,
        #[serde(default)]
        high: Decimal,
    },
    /// The counts the rate was measured on (45 SQLs out of 300 MQLs): the rate is drawn from
    /// the posterior Beta(successes + 1, trials − successes + 1) of a uniform prior.
    Observed {
        #[serde(default)]
        successes: Decimal,
        #[serde(default)]
        trials: Decimal,
    },
}

/// The Monte-Carlo's settings. `stages` follows the funnel's stages (entry i is stage i's rate
/// to the next); a missing or `null` entry keeps that stage's rate exact.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RiskInput {
    pub enabled: bool,
    pub stages: Vec<Option<RateUncertainty>>,
    /// Deal size range around `deal_size` (the likely value), PERT like a rate range; either
    /// end may be left empty (then it is the deal size).
    pub deal_low: Option<Decimal>,
    pub deal_high: Option<Decimal>,
    pub trials: u32,
    pub seed: u64,
    /// Stage whose volume is planned (0 = the top of the funnel).
    pub stage: usize,
    /// Planned volume at `stage`; empty = the volume the reverse funnel asks for.
    pub volume: Option<Decimal>,
}

impl Default for RiskInput {
    /// Off; 20 000 trials (a P80 known to ± 0.3 point in a few milliseconds); a fixed seed so
    /// the same plan always shows the same figures.
    fn default() -> RiskInput {
        RiskInput {
            enabled: false,
            stages: Vec::new(),
            deal_low: None,
            deal_high: None,
            trials: 20_000,
            seed: 2024,
            stage: 0,
            volume: None,
        }
    }
}

impl RiskInput {
    /// Checks ranges (each end a share in [0, 1], low ≤ likely ≤ high), counts (whole,
    /// successes ≤ trials), the deal range around `deal_size`, trials and the volume.
    pub fn validate(&self, prefix: &str, deal_size: Decimal, stage_count: usize, errors: &mut Errors) {
        if self.stages.len() > MAX_STAGES {
            errors.push(format!("{prefix}.stages"), Reason::TooMany);
        }
        for (i, entry) in self.stages.iter().take(MAX_STAGES).enumerate() {
            let at = |field: &str| format!("{prefix}.stages.{i}.{field}");
            match entry {
                Some(RateUncertainty::Range { low, likely, high }) => {
                    let ok = checks::share(errors, &at("low"), *low)
                        & checks::share(errors, &at("likely"), *likely)
                        & checks::share(errors, &at("high"), *high);
                    if ok && high < low {
                        errors.push(at("high"), Reason::OutOfRange);
                    } else if ok && (likely < low || likely > high) {
                        errors.push(at("likely"), Reason::OutOfRange);
                    }
                }
                Some(RateUncertainty::Observed { successes, trials }) => {
                    let ok = checks::whole_in(errors, &at("successes"), *successes, 0, 1_000_000_000_000)
                        & checks::whole_in(errors, &at("trials"), *trials, 0, 1_000_000_000_000);
                    if ok && successes > trials {
                        errors.push(at("successes"), Reason::OutOfRange);
                    }
                }
                None => {}
            }
        }
        if let Some(low) = self.deal_low {
            if checks::non_negative(errors, &format!("{prefix}.deal_low"), low) && low > deal_size {
                errors.push(format!("{prefix}.deal_low"), Reason::OutOfRange);
            }
        }
        if let Some(high) = self.deal_high {
            if checks::non_negative(errors, &format!("{prefix}.deal_high"), high) && high < deal_size {
                errors.push(format!("{prefix}.deal_high"), Reason::OutOfRange);
            }
        }
        if !(MIN_TRIALS..=MAX_TRIALS).contains(&self.trials) {
            errors.push(format!("{prefix}.trials"), Reason::OutOfRange);
        }
        if self.stage + 1 >= stage_count.max(1) {
            errors.push(format!("{prefix}.stage"), Reason::OutOfRange);
        }
        if let Some(volume) = self.volume {
            checks::whole_in(errors, &format!("{prefix}.volume"), volume, 0, MAX_VOLUME as i64);
        }
    }
}
