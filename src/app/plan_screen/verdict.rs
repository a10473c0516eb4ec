//! The plan's one verdict on the first screen: its status in words and icon (never colour
//! alone), each check that is on with a link that opens the section explaining it, and the
//! next actions as plain sentences (wording in `i18n::verdict`).

use crate::app::ctx::Ctx;
use crate::engine::verdict::{CheckKind, Section as CheckSection, Status, Verdict};
use crate::i18n::verdict::{actions_sentences, check_label, check_status, section_label, status_label};
use crate::sla_text::words::colon;
use crate::state::prefs::Section;
use yew::prelude::*;

/// Where a check is explained: the tab, and the DOM id of the card to bring into view.
pub fn target(section: CheckSection) -> (Section, &'static str) {
    match section {
        CheckSection::Team => (Section::Team, "fp-team-results-title"),
        CheckSection::Sla => (Section::Team, "fp-sla-results-title"),
        CheckSection::Budget => (Section::Budget, "fp-budget-out"),
        CheckSection::Tracking => (Section::Tracking, "fp-track-out"),
        CheckSection::Risk => (Section::Risk, "fp-risk-title"),
    }
}

fn status_code(status: Status) -> &'static str {
    match status {
        Status::Holds => "holds",
        Status::HoldsWithRisks => "risks",
        Status::DoesNotHold => "fails",
    }
}

fn icon(status: Status) -> &'static str {
    match status {
        Status::Holds => "✓",
        Status::HoldsWithRisks => "!",
        Status::DoesNotHold => "✗",
    }
}

fn kind_code(kind: CheckKind) -> &'static str {
    match kind {
        CheckKind::Capacity => "capacity",
        CheckKind::Hours => "hours",
        CheckKind::Budget => "budget",
        CheckKind::Pace => "pace",
        CheckKind::Chance => "chance",
    }
}

/// The verdict block. `offered` are the tabs this page shows (a host may hide some): a check
/// whose section is hidden is named without a link. `on_open` opens a check's section.
pub fn verdict(ctx: &Ctx, verdict: &Verdict, offered: &[Section], on_open: &Callback<CheckSection>) -> Html {
    let lang = ctx.lang();
    let stages: Vec<String> =
        ctx.report().map_or_else(Vec::new, |r| r.stages.iter().map(|s| s.name.clone()).collect());
    let actions = actions_sentences(verdict, &stages, lang, ctx);
    let checks = verdict.checks.iter().map(|check| {
        let (tab, _) = target(check.section);
        let section = check.section;
        let label = html! {
            <>
                <span class="fp-check-item__icon" aria-hidden="true">{ icon(check.status) }</span>
                { format!("{}{} {}", check_label(check.kind, lang), colon(lang), check_status(check.status, lang)) }
            </>
        };
        let link = offered.contains(&tab).then(|| {
            let onclick = on_open.reform(move |_: MouseEvent| section);
            html! {
                <button type="button" class="fp-check-item__link" {onclick}
                    id={format!("fp-check-{}", kind_code(check.kind))}>
                    { label.clone() }
                    <span class="fp-check-item__to">{ format!("→ {}", section_label(section, lang)) }</span>
                </button>
            }
        });
        html! {
            <li class="fp-check-item"
                data-check={kind_code(check.kind)} data-status={status_code(check.status)}>
                { link.unwrap_or(label) }
            </li>
        }
    });
    html! {
        <div class="fp-verdict-box">
            // Only the verdict is announced as it changes: the rest would repeat at every keystroke.
            <p id="fp-plan-verdict" aria-live="polite" class="fp-plan-verdict"
                data-status={status_code(verdict.status)}>
                <span class="fp-plan-verdict__icon" aria-hidden="true">{ icon(verdict.status) }</span>
                { status_label(verdict.status, lang) }
            </p>
            <ul class="fp-checks" aria-label={lang.pick("Contrôles du plan", "The plan's checks")}>{ for checks }</ul>
            if !actions.is_empty() {
                <div class="fp-next">
                    <h3 class="fp-next__title">{ lang.pick("À faire", "Next") }</h3>
                    <ul class="fp-next__list" id="fp-next-actions">
                        { for actions.iter().map(|a| html! { <li>{ a.clone() }</li> }) }
                    </ul>
                </div>
            }
        </div>
    }
}
