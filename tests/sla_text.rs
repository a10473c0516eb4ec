//! The SLA document's wording for the default plan, in French and English, as text and
//! Markdown, and its variants (no reps, enough hours, singulars).
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::capacity::CapacityVerdict;
use funnel_planner::engine::{compute, Decimal, Plan};
use funnel_planner::i18n::Lang;
use funnel_planner::sla_text::{sla_document, Numbers, SlaDocument};

/// A fixed notation standing in for the browser's Intl: French groups with a narrow no-break
/// space and writes "60 %" and "100 000 €"; English writes "60%" and "$100,000".
struct Plain(Lang);

fn group(digits: &str, sep: &str) -> String {
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(ch);
    }
    out
}

impl Numbers for Plain {
    fn count(&self, n: u64) -> String {
        group(&n.to_string(), if self.0 == Lang::Fr { "\u{202f}" } else { "," })
    }
    fn decimal(&self, value: Decimal, places: u32) -> String {
        let text = value.round_to(places).to_string();
        if self.0 == Lang::Fr {
            text.replace('.', ",")
        } else {
            text
        }
    }
    fn percent(&self, fraction: Decimal) -> String {
        let pct = self.decimal(fraction.checked_mul(Decimal::from_int(100)).unwrap(), 2);
        if self.0 == Lang::Fr {
            format!("{pct}\u{202f}%")
        } else {
            format!("{pct}%")
        }
    }
    fn money(&self, value: Decimal) -> String {
        let whole = self.count(value.floor() as u64);
        if self.0 == Lang::Fr {
            format!("{whole}\u{a0}€")
        } else {
            format!("${whole}")
        }
    }
}

fn doc(plan: &Plan, lang: Lang) -> SlaDocument {
    let report = compute(plan).unwrap();
    sla_document(plan, &report, lang, &Plain(lang)).unwrap()
}

#[test]
fn french_default_plan_clauses_follow_the_seeds() {
    let d = doc(&Plan::default(), Lang::Fr);
    assert_eq!(d.title, "Accord de niveau de service (SLA) marketing – ventes");
    assert_eq!(
        d.goal_line,
        "Objectif commun\u{a0}: 100\u{202f}000\u{a0}€ de chiffre d'affaires sur l'année, soit 100 nouveaux clients."
    );
    assert_eq!(
        d.marketing,
        [
            "Le marketing livre 20 MQL chaque lundi, dont 60\u{202f}% jugés adaptés (bon fit), \
             soit 12 MQL adaptés par semaine.",
            "Chaque commercial reçoit 20 MQL par semaine, 84 par mois (1 commercial dans l'équipe).",
        ]
    );
    // Each deadline says what it covers (issue 12 item 2c): contact, then accept or reject,
    // then the attempts for accepted MQL, counted from acceptance.
    assert_eq!(
        d.sales,
        [
            "Les ventes contactent chaque MQL sous 24 heures après sa livraison.",
            "Elles acceptent ou rejettent chaque MQL sous 2 jours ouvrés, soit d'ici mercredi pour la livraison du lundi.",
            "Pour chaque MQL accepté, elles font 6 tentatives sur 14 jours (jours 0, 3, 6, 8, 11, 14 après l'acceptation).",
            "Chaque tentative (appel, message vocal, notes) compte 15 minutes.",
        ]
    );
    assert_eq!((d.verdict, d.verdict_label), (CapacityVerdict::Short, "Insuffisante"));
    assert_eq!(
        d.capacity,
        "Le suivi demande 30 heures par commercial et par semaine, pour 20 heures de vente disponibles. \
         Il manque 10 heures par semaine\u{a0}: il faut 2 commerciaux au total, soit 1 de plus."
    );
    assert_eq!(d.signers, ["Responsable marketing", "Responsable des ventes"]);
}

#[test]
fn english_default_plan_clauses_follow_the_seeds() {
    let d = doc(&Plan::default(), Lang::En);
    assert_eq!(d.goal_line, "Shared goal: $100,000 in revenue over the year, that is 100 new customers.");
    assert_eq!(
        d.marketing,
        [
            "Marketing delivers 20 MQL every Monday, 60% of them expected to be a good fit: \
             12 good-fit MQL a week.",
            "Each rep receives 20 MQL a week, 84 a month (1 rep on the team).",
        ]
    );
    assert_eq!(
        d.sales,
        [
            "The sales team contacts every MQL within 24 hours of hand-over.",
            "It accepts or rejects each MQL within 2 working days: by Wednesday for the Monday hand-over.",
            "For each accepted MQL, it makes 6 attempts over 14 days (days 0, 3, 6, 8, 11, 14 after acceptance).",
            "Each attempt (call, voicemail, notes) takes 15 minutes.",
        ]
    );
    assert_eq!(d.verdict_label, "Short");
    assert_eq!(
        d.capacity,
        "Follow-up takes 30 hours per rep per week, against 20 selling hours available. \
         Missing: 10 hours a week; the follow-up needs 2 reps in all, 1 more than today."
    );
}

#[test]
fn plain_text_has_headings_bullets_verdict_and_signature_lines() {
    let text = doc(&Plan::default(), Lang::En).to_text(Lang::En);
    assert!(text.starts_with("Marketing–sales service-level agreement (SLA)\n\nShared goal: $100,000"));
    assert!(text.contains("\nMarketing's commitments:\n- Marketing delivers 20 MQL every Monday"));
    assert!(text.contains("\nSales' commitments:\n- The sales team contacts every MQL within 24 hours"));
    assert!(text.contains("\nFollow-up capacity: Short\nFollow-up takes 30 hours per rep per week"));
    assert!(text.contains("\nMarketing lead\nName: ____"));
    assert!(text.ends_with("Signature: ______________________________\n"));
    let fr = doc(&Plan::default(), Lang::Fr).to_text(Lang::Fr);
    assert!(fr.contains("\nEngagements des ventes\u{a0}:\n- Les ventes contactent"));
    assert!(fr.contains("\nCapacité de suivi\u{a0}: Insuffisante\n"));
    assert!(fr.contains("\nNom\u{a0}: ____"));
}

#[test]
fn markdown_has_sections_a_bold_verdict_a_signature_table_and_escapes_stage_names() {
    let md = doc(&Plan::default(), Lang::En).to_markdown(Lang::En);
    assert!(md.starts_with("# Marketing–sales service-level agreement (SLA)\n\n"));
    assert!(md.contains("\n## Marketing's commitments\n\n- Marketing delivers 20 MQL every Monday"));
    assert!(md.contains("\n## Follow-up capacity\n\n**Short.** Follow-up takes 30 hours"));
    assert!(md.contains("| | Marketing lead | Sales lead |\n| --- | --- | --- |\n| Name | | |\n"));
    let mut plan = Plan::default();
    plan.funnel.stages[2].name = "MQL *hot* | #1".into();
    let md = doc(&plan, Lang::En).to_markdown(Lang::En);
    assert!(md.contains("every MQL \\*hot\\* \\| \\#1 within 24 hours"));
}

#[test]
fn enough_hours_singulars_and_same_day_qualification_read_naturally() {
    let mut plan = Plan::default();
    plan.team.reps = Decimal::from_int(2);
    plan.sla.attempts = Decimal::ONE;
    plan.sla.first_contact_hours = Decimal::ONE;
    plan.sla.qualify_within_days = Decimal::ZERO;
    plan.sla.minutes_per_attempt = Decimal::ONE;
    let d = doc(&plan, Lang::Fr);
    assert_eq!(
        d.sales,
        [
            "Les ventes contactent chaque MQL sous 1 heure après sa livraison.",
            "Elles acceptent ou rejettent chaque MQL le jour même de sa livraison.",
            "Pour chaque MQL accepté, elles font 1 tentative sur 14 jours (jour 0 après l'acceptation).",
            "Chaque tentative (appel, message vocal, notes) compte 1 minute.",
        ]
    );
    assert_eq!(
        d.marketing[1],
        "Chaque commercial reçoit 10 MQL par semaine, 42 par mois (2 commerciaux dans l'équipe)."
    );
    assert_eq!((d.verdict, d.verdict_label), (CapacityVerdict::Enough, "Suffisante"));
    assert_eq!(
        d.capacity,
        "Le suivi demande 0,2 heure par commercial et par semaine, pour 20 heures de vente disponibles. \
         L'équipe a le temps de suivre chaque MQL."
    );
    let en = doc(&plan, Lang::En);
    assert_eq!(en.sales[1], "It accepts or rejects each MQL on the day it is handed over.");
    assert_eq!(
        en.sales[2],
        "For each accepted MQL, it makes 1 attempt over 14 days (day 0 after acceptance)."
    );
}

#[test]
fn no_reps_and_far_qualification_are_said_plainly() {
    let mut plan = Plan::default();
    plan.team.reps = Decimal::ZERO;
    plan.sla.qualify_within_days = Decimal::from_int(7);
    let d = doc(&plan, Lang::En);
    assert_eq!(d.marketing.len(), 1);
    assert_eq!(
        d.sales[1],
        "It accepts or rejects each MQL within 7 working days: by the Wednesday 9 days after the Monday hand-over."
    );
    assert_eq!(
        d.capacity,
        "Follow-up takes 30 hours a week and the team has no reps. \
         Missing: 30 hours a week; the follow-up needs 2 reps in all, 2 more than today."
    );
}

#[test]
fn the_verdict_and_its_next_actions_read_in_both_languages() {
    use funnel_planner::i18n::verdict::{actions_sentences, check_label, section_label, status_label};
    let report = compute(&Plan::default()).unwrap();
    let stages: Vec<String> = report.stages.iter().map(|s| s.name.clone()).collect();
    let v = &report.verdict;
    assert_eq!(status_label(v.status, Lang::Fr), "Le plan ne tient pas");
    assert_eq!(status_label(v.status, Lang::En), "The plan does not hold");
    let hours = &v.checks[1];
    assert_eq!(
        (check_label(hours.kind, Lang::En), section_label(hours.section, Lang::En)),
        ("Follow-up hours", "SLA")
    );
    assert_eq!(
        actions_sentences(v, &stages, Lang::En, &Plain(Lang::En)),
        ["Add 1 rep by month 7, or cut follow-up attempts to 4."]
    );
    assert_eq!(
        actions_sentences(v, &stages, Lang::Fr, &Plain(Lang::Fr)),
        ["Ajouter 1 commercial au plus tard au mois 7, ou réduire les tentatives de suivi à 4."]
    );
}
