//! The SLA document shows the agreement as a living document (issue 14 item 4): each
//! commitment's owner, date, cadence and status, who agreed, and after a change what differs,
//! in its text and Markdown too; nothing is added before an owner, a date or an agreement.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::agreement::ReviewCadence;
use funnel_planner::engine::clause::Clause;
use funnel_planner::engine::time::calendar::Date;
use funnel_planner::engine::{compute, Decimal, Plan};
use funnel_planner::i18n::Lang;
use funnel_planner::monthly_text::document_lines;
use funnel_planner::sla_text::{sla_document, Numbers};
use funnel_planner::state::monthly::MonthlyEdit;

struct Plain;

impl Numbers for Plain {
    fn count(&self, n: u64) -> String {
        n.to_string()
    }
    fn decimal(&self, value: Decimal, places: u32) -> String {
        value.round_to(places).to_string()
    }
    fn percent(&self, fraction: Decimal) -> String {
        format!("{}%", fraction.checked_mul(Decimal::from_int(100)).unwrap().round_to(2))
    }
    fn money(&self, value: Decimal) -> String {
        format!("${}", value.round_to(0))
    }
}

fn lines(plan: &Plan, lang: Lang) -> Vec<String> {
    document_lines(plan, &compute(plan).unwrap(), lang, &Plain)
}

#[test]
fn nothing_is_added_before_an_owner_a_date_or_an_agreement() {
    assert!(lines(&Plan::default(), Lang::En).is_empty());
    let plan = Plan::default();
    let doc = sla_document(&plan, &compute(&plan).unwrap(), Lang::En, &Plain).unwrap();
    assert!(!doc.to_text(Lang::En).contains("The agreement over time"));
}

#[test]
fn owners_dates_status_signers_and_changes_are_written_in_both_languages() {
    let mut plan = Plan::default();
    MonthlyEdit::SetOwner(Clause::FirstContact, "Head of sales".into()).apply(&mut plan);
    MonthlyEdit::SetEffective(Clause::FirstContact, Date::new(2026, 3, 1)).apply(&mut plan);
    MonthlyEdit::SetReview(Clause::FirstContact, ReviewCadence::Monthly).apply(&mut plan);
    MonthlyEdit::Agree { on: Date::new(2026, 3, 2), by: vec!["Ana".into(), "Bo".into()] }.apply(&mut plan);
    plan.sla.first_contact_hours = Decimal::from_int(48);
    let en = lines(&plan, Lang::En);
    assert!(
        en.contains(
            &"First contact in time: Head of sales, effective 2026-03-01, reviewed monthly: proposed."
                .to_string()
        ),
        "{en:?}"
    );
    assert!(
        en.contains(&"Hand-over volume: the team's lead, reviewed quarterly: agreed.".to_string()),
        "{en:?}"
    );
    assert!(en.contains(&"Agreed on 2026-03-02 by Ana, Bo.".to_string()), "{en:?}");
    assert!(en.iter().any(|l| l.contains("24 → 48")), "{en:?}");
    let fr = lines(&plan, Lang::Fr);
    assert!(fr.contains(&"Accepté le 2026-03-02 par Ana, Bo.".to_string()), "{fr:?}");
    assert!(
        fr.iter()
            .any(|l| l
                .starts_with("Premier contact dans le délai\u{a0}: Head of sales, en vigueur le 2026-03-01")),
        "{fr:?}"
    );

    let mut doc = sla_document(&plan, &compute(&plan).unwrap(), Lang::En, &Plain).unwrap();
    doc.agreement = en.clone();
    let text = doc.to_text(Lang::En);
    assert!(text.contains("\nThe agreement over time:\n- Hand-over volume: the team's lead"), "{text}");
    assert!(doc.to_markdown(Lang::En).contains("\n## The agreement over time\n\n- "));
}
