//! CSV export in the interface language, with its spreadsheet conventions: English uses `,`
//! and a decimal point, French `;` and a decimal comma (French Excel reads a comma-separated
//! file as one column). RFC 4180 otherwise: CRLF line ends, fields quoted when they hold the
//! separator, a quote or a line break, quotes doubled. Files start with a UTF-8 byte-order
//! mark so Excel reads accents right, and end with the plan's inputs.
//!
//! Two layouts: long (one row per stage × period, for pivot tables) and wide (stages as rows,
//! quarters and months as columns, as people read a plan). With two or more sources both add a
//! per-source block (`csv_sources`).

use super::csv_sources::sources_rows;
use crate::engine::funnel::Team;
use crate::engine::time::periods::PeriodSplit;
use crate::engine::{Decimal, Plan, PlanReport};
use crate::i18n::Lang;

/// The UTF-8 byte-order mark that starts every exported file.
pub const BOM: &str = "\u{feff}";

/// How one language writes a CSV.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dialect {
    pub lang: Lang,
    pub separator: char,
    pub decimal: char,
}

impl Dialect {
    pub fn for_lang(lang: Lang) -> Dialect {
        match lang {
            Lang::Fr => Dialect { lang, separator: ';', decimal: ',' },
            Lang::En => Dialect { lang, separator: ',', decimal: '.' },
        }
    }

    fn pick(self, fr: &'static str, en: &'static str) -> &'static str {
        self.lang.pick(fr, en)
    }

    /// A decimal written plainly (no grouping) with this dialect's decimal mark.
    pub fn number(self, value: Decimal) -> String {
        value.to_string().replace('.', &self.decimal.to_string())
    }

    /// Quotes a field when RFC 4180 requires it for this separator.
    pub fn field(self, text: &str) -> String {
        if text.contains([self.separator, '"', '\r', '\n']) {
            format!("\"{}\"", text.replace('"', "\"\""))
        } else {
            text.to_string()
        }
    }

    pub(crate) fn row<S: AsRef<str>>(self, fields: &[S]) -> String {
        let cells: Vec<String> = fields.iter().map(|f| self.field(f.as_ref())).collect();
        cells.join(&self.separator.to_string()) + "\r\n"
    }
}

/// Quotes a field for a comma-separated file (the English dialect).
pub fn field(text: &str) -> String {
    Dialect::for_lang(Lang::En).field(text)
}

fn team_name(team: Team, d: Dialect) -> &'static str {
    match team {
        Team::Marketing => "marketing",
        Team::Sales => d.pick("ventes", "sales"),
    }
}

/// The long layout: every stage's volume for the horizon, each quarter, month, week and
/// working day. Counts are whole, written without grouping so any spreadsheet reads them.
pub fn volumes(report: &PlanReport, d: Dialect) -> String {
    let header = [
        d.pick("étape", "stage"),
        d.pick("équipe", "team"),
        d.pick("période", "period"),
        d.pick("numéro", "index"),
        "volume",
        d.pick("total_étape", "stage_total"),
    ];
    let mut out = d.row(&header);
    for (i, stage) in report.stages.iter().enumerate() {
        let team = team_name(stage.team, d);
        let line = |period: &str, index: usize, volume: u64| {
            d.row(&[
                stage.name.clone(),
                team.to_string(),
                period.to_string(),
                index.to_string(),
                volume.to_string(),
                stage.volume.to_string(),
            ])
        };
        out.push_str(&line("horizon", 1, stage.volume));
        let Some(breakdown) = report.breakdowns.as_ref().and_then(|b| b.get(i)) else { continue };
        let splits: [(&str, &PeriodSplit); 4] = [
            (d.pick("trimestre", "quarter"), &breakdown.quarters),
            (d.pick("mois", "month"), &breakdown.months),
            (d.pick("semaine", "week"), &breakdown.weeks),
            (d.pick("jour_ouvré", "working_day"), &breakdown.working_days),
        ];
        for (period, split) in splits {
            for (k, volume) in split.parts.iter().enumerate() {
                out.push_str(&line(period, k + 1, *volume));
            }
        }
    }
    out
}

/// The wide layout: one row per stage, columns total, quarters (Q1…) and months (M1…).
pub fn wide(report: &PlanReport, d: Dialect) -> String {
    let first = report.breakdowns.as_ref().and_then(|b| b.first());
    let quarters = first.map_or(0, |b| b.quarters.parts.len());
    let months = first.map_or(0, |b| b.months.parts.len());
    let mut header: Vec<String> =
        vec![d.pick("étape", "stage").into(), d.pick("équipe", "team").into(), "total".into()];
    header.extend((1..=quarters).map(|q| format!("{}{q}", d.pick("T", "Q"))));
    header.extend((1..=months).map(|m| format!("M{m}")));
    let mut out = d.row(&header);
    for (i, stage) in report.stages.iter().enumerate() {
        let mut cells = vec![stage.name.clone(), team_name(stage.team, d).into(), stage.volume.to_string()];
        if let Some(b) = report.breakdowns.as_ref().and_then(|b| b.get(i)) {
            cells.extend(b.quarters.parts.iter().chain(&b.months.parts).map(u64::to_string));
        }
        out.push_str(&d.row(&cells));
    }
    out
}

/// With a Monte-Carlo in the report: one row per stage for the volumes that reach the goal
/// with 50 %, 80 % and 90 % probability, and one for the chance the planned volume gives
/// (`probability` in percent with two decimals, `index` = the stage planned).
pub fn risk_rows(report: &PlanReport, d: Dialect) -> String {
    let Some(risk) = &report.risk else { return String::new() };
    let mut out = String::new();
    let planned = report.stages.get(risk.stage).map_or("", |s| s.name.as_str());
    let percent = risk.p_hit.checked_mul(Decimal::HUNDRED).unwrap_or_default().round_to(2);
    let tag = d.pick("risque", "risk");
    out.push_str(&d.row(&[
        planned.to_string(),
        tag.into(),
        d.pick("probabilité_objectif", "probability_of_goal").into(),
        risk.stage.to_string(),
        d.number(percent),
        risk.volume.to_string(),
    ]));
    for need in &risk.needed {
        for (period, volume) in [("volume_p50", need.p50), ("volume_p80", need.p80), ("volume_p90", need.p90)]
        {
            let text = volume.map_or(String::new(), |v| v.to_string());
            out.push_str(&d.row(&[
                need.name.clone(),
                tag.into(),
                period.into(),
                "1".into(),
                text,
                need.average.to_string(),
            ]));
        }
    }
    out
}

/// The plan's inputs as `input, value, unit` rows (shares in percent), after a blank line.
pub fn inputs(plan: &Plan, report: &PlanReport, d: Dialect) -> String {
    let pct = |v: Decimal| d.number(v.checked_mul(Decimal::HUNDRED).unwrap_or(v));
    let mut rows: Vec<[String; 3]> = Vec::new();
    let mut push = |label: &str, value: String, unit: &str| rows.push([label.into(), value, unit.into()]);
    push(d.pick("Objectif de chiffre d'affaires", "Revenue goal"), d.number(plan.goal), "");
    push(d.pick("Vente moyenne", "Average deal size"), d.number(plan.deal_size), "");
    push(
        d.pick("Revenu récurrent actuel", "Current recurring revenue"),
        d.number(plan.revenue.current_recurring_revenue),
        "",
    );
    push(
        d.pick("Rétention nette du revenu", "Net revenue retention"),
        pct(plan.revenue.net_revenue_retention),
        "%",
    );
    push(d.pick("Mois de la période", "Months in the period"), plan.periods.horizon.months().to_string(), "");
    push(
        d.pick("Jours ouvrés par semaine", "Working days per week"),
        d.number(plan.periods.working_days_per_week),
        "",
    );
    let stages = plan.funnel.effective_stages();
    for pair in stages.windows(2) {
        let label = format!("{} {} → {}", d.pick("Taux", "Rate"), pair[0].name, pair[1].name);
        push(&label, pct(pair[0].rate), "%");
    }
    let t = &plan.team;
    push(d.pick("Commerciaux en poste", "Reps today"), d.number(t.reps), "");
    push(d.pick("Quota annuel par commercial", "Yearly quota per rep"), d.number(t.quota_per_rep), "");
    push(d.pick("Atteinte du quota", "Quota attainment"), pct(t.attainment), "%");
    push(d.pick("Départs par an", "Yearly attrition"), pct(t.yearly_attrition), "%");
    for (i, h) in t.hires.iter().enumerate() {
        let label = format!("{} {}", d.pick("Recrutement", "Hire"), i + 1);
        let value = format!(
            "{} {} {}, {} {}",
            d.number(h.count),
            d.pick("au mois", "from month"),
            d.number(h.start_month),
            d.pick("montée en charge (mois)", "ramp (months)"),
            d.number(h.ramp_months)
        );
        push(&label, value, "");
    }
    let s = &plan.sla;
    let handover = report.stages.get(report.handover_stage).map_or(String::new(), |st| st.name.clone());
    push(d.pick("Étape livrée aux ventes", "Hand-over stage"), handover, "");
    push(d.pick("Part jugée adaptée", "Good-fit share"), pct(s.good_fit_share), "%");
    push(
        d.pick("Premier contact sous", "First contact within"),
        d.number(s.first_contact_hours),
        d.pick("heures", "hours"),
    );
    push(
        d.pick("Accepter ou rejeter sous", "Accept or reject within"),
        d.number(s.qualify_within_days),
        d.pick("jours ouvrés", "working days"),
    );
    push(d.pick("Tentatives de suivi", "Follow-up attempts"), d.number(s.attempts), "");
    push(d.pick("Sur", "Over"), d.number(s.window_days), d.pick("jours", "days"));
    push(d.pick("Durée d'une tentative", "Time per attempt"), d.number(s.minutes_per_attempt), "minutes");
    push(
        d.pick("Heures de vente par commercial", "Selling hours per rep"),
        d.number(s.selling_hours_per_rep),
        d.pick("heures/semaine", "hours/week"),
    );
    if let Some(budget) = report.budget.as_ref() {
        push(
            d.pick("Budget marketing annuel", "Yearly marketing budget"),
            d.number(budget.yearly_budget),
            "",
        );
    }
    let mut out = String::from("\r\n");
    out.push_str(&d.row(&[d.pick("donnée", "input"), d.pick("valeur", "value"), d.pick("unité", "unit")]));
    for r in &rows {
        out.push_str(&d.row(r));
    }
    out
}

/// The whole long-layout file: byte-order mark, volumes, risk rows, the per-source block (with
/// two or more sources), then the inputs.
pub fn long_file(plan: &Plan, report: &PlanReport, lang: Lang) -> String {
    let d = Dialect::for_lang(lang);
    let sources = sources_rows(plan, report, d);
    format!("{BOM}{}{}{sources}{}", volumes(report, d), risk_rows(report, d), inputs(plan, report, d))
}

/// The whole wide-layout file: byte-order mark, stages × periods, the per-source block, then
/// the inputs.
pub fn wide_file(plan: &Plan, report: &PlanReport, lang: Lang) -> String {
    let d = Dialect::for_lang(lang);
    format!("{BOM}{}{}{}", wide(report, d), sources_rows(plan, report, d), inputs(plan, report, d))
}
