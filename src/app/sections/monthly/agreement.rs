//! The agreement as a living document: each commitment's owner, effective date, review
//! cadence and status (from `report.agreement`), "Agree" with the browser's date and the
//! signers' names, and after a change what differs from the agreed version.

use super::pick::select;
use crate::app::ctx::{Ctx, SectionProps};
use crate::app::widgets::{fill, table};
use crate::browser::clock;
use crate::engine::agreement::{CommitmentState, CommitmentStatus, ReviewCadence};
use crate::engine::clause::Clause;
use crate::engine::time::calendar::Date;
use crate::monthly_text::words::{cadence, clause_name, commitment_status, describe};
use crate::state::edits::Edit;
use crate::state::monthly::MonthlyEdit;
use crate::state::Action;
use yew::prelude::*;

fn send(ctx: &Ctx, edit: MonthlyEdit) {
    ctx.dispatch.emit(Action::Edit(Edit::Monthly(edit)));
}

/// The document's state per clause: the engine's when it reported one, else as edited.
pub fn states(ctx: &Ctx) -> Vec<CommitmentState> {
    match ctx.report().and_then(|r| r.agreement.as_ref()) {
        Some(a) => a.commitments.clone(),
        None => ctx
            .state
            .plan
            .agreement
            .all()
            .into_iter()
            .map(|c| CommitmentState { status: c.status, commitment: c, changed_since_agreed: false })
            .collect(),
    }
}

fn clause_row(ctx: &Ctx, c: &CommitmentState, today: Option<Date>) -> Html {
    let lang = ctx.lang();
    let clause = c.commitment.clause;
    let id = |what: &str| format!("fp-commit-{}-{what}", clause_id(clause));
    let on_owner = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlInputElement = e.target_unchecked_into();
            send(&ctx, MonthlyEdit::SetOwner(clause, el.value()));
        })
    };
    let on_date = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlInputElement = e.target_unchecked_into();
            send(&ctx, MonthlyEdit::SetEffective(clause, Date::try_from(el.value()).ok()));
        })
    };
    let on_review = {
        let ctx = ctx.clone();
        Callback::from(move |v: String| {
            let r = match v.as_str() {
                "monthly" => ReviewCadence::Monthly,
                "yearly" => ReviewCadence::Yearly,
                _ => ReviewCadence::Quarterly,
            };
            send(&ctx, MonthlyEdit::SetReview(clause, r));
        })
    };
    let reviews = [ReviewCadence::Monthly, ReviewCadence::Quarterly, ReviewCadence::Yearly]
        .map(|r| (review_id(r).to_string(), cadence(r, lang).to_string()));
    let next = today.and_then(|t| c.commitment.next_review(t)).map(|d| d.to_string());
    let status = commitment_status(c.status, lang);
    let status_class = if c.status == CommitmentStatus::Agreed {
        "fp-commit-status fp-commit-status--agreed"
    } else {
        "fp-commit-status"
    };
    html! {
        <tr id={id("row")}>
            <th scope="row">{ clause_name(clause, lang) }</th>
            <td><input id={id("owner")} class="fp-field__input" type="text" maxlength="120"
                aria-label={fill(lang.pick("Responsable : {}", "Owner: {}"), &[clause_name(clause, lang)])}
                placeholder={lang.pick("nom ou rôle", "name or role")}
                value={c.commitment.owner.clone()} onchange={on_owner} /></td>
            <td><input id={id("effective")} class="fp-field__input" type="date"
                aria-label={fill(lang.pick("En vigueur le : {}", "Effective from: {}"), &[clause_name(clause, lang)])}
                value={c.commitment.effective.map(|d| d.to_string()).unwrap_or_default()} onchange={on_date} /></td>
            <td>{ select(&id("review"), &fill(lang.pick("Revue : {}", "Review: {}"), &[clause_name(clause, lang)]),
                &reviews, review_id(c.commitment.review), &on_review) }
                if let Some(n) = next { <p class="fp-field__help">{ fill(lang.pick("Prochaine : {}", "Next: {}"), &[&n]) }</p> }</td>
            <td class={status_class}>{ status }
                if c.changed_since_agreed { <span class="fp-changed">{ lang.pick(" — modifié depuis l'accord", " — changed since agreed") }</span> }</td>
        </tr>
    }
}

fn clause_id(c: Clause) -> &'static str {
    match c {
        Clause::HandoverVolume => "volume",
        Clause::GoodFitShare => "fit",
        Clause::FirstContact => "contact",
        Clause::FollowUp => "follow-up",
        Clause::QualifyBy => "qualify",
    }
}

fn review_id(r: ReviewCadence) -> &'static str {
    match r {
        ReviewCadence::Monthly => "monthly",
        ReviewCadence::Quarterly => "quarterly",
        ReviewCadence::Yearly => "yearly",
    }
}

#[function_component(AgreementBox)]
pub fn agreement_box(props: &SectionProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang();
    let signers = use_state(String::new);
    let today = clock::today();
    let head = html! {
        <tr>
            <th scope="col">{ lang.pick("Engagement", "Commitment") }</th>
            <th scope="col">{ lang.pick("Responsable", "Owner") }</th>
            <th scope="col">{ lang.pick("En vigueur le", "Effective from") }</th>
            <th scope="col">{ lang.pick("Revue", "Review") }</th>
            <th scope="col">{ lang.pick("État", "Status") }</th>
        </tr>
    };
    let rows = states(ctx).iter().map(|c| clause_row(ctx, c, today)).collect::<Html>();
    let on_signers = {
        let signers = signers.clone();
        Callback::from(move |e: InputEvent| {
            let el: web_sys::HtmlInputElement = e.target_unchecked_into();
            signers.set(el.value());
        })
    };
    let on_agree = {
        let (ctx, signers) = (ctx.clone(), signers.clone());
        Callback::from(move |_: MouseEvent| {
            let by = signers.split([',', ';']).map(str::to_string).collect();
            send(&ctx, MonthlyEdit::Agree { on: clock::today(), by });
            signers.set(String::new());
        })
    };
    let report = ctx.report().and_then(|r| r.agreement.as_ref());
    let agreed = report.filter(|_| ctx.state.plan.agreement.agreed.is_some());
    html! {
        <div id="fp-agreement">
            { table(lang.pick("Engagements du SLA", "SLA commitments"), Some("fp-commitments"),
                lang.pick("Chaque engagement : qui le tient, depuis quand, revu tous les combien, et son état",
                    "Each commitment: who keeps it, from when, how often it is reviewed, and its status"),
                head, html! { <tbody>{ rows }</tbody> }) }
            <div class="fp-field">
                <label class="fp-field__label" for="fp-agree-by">{ lang.pick("Qui accepte (noms ou rôles, séparés par des virgules)", "Who agrees (names or roles, comma-separated)") }</label>
                <input id="fp-agree-by" class="fp-field__input" type="text" value={(*signers).clone()} oninput={on_signers} />
            </div>
            <button type="button" class="fp-btn" id="fp-agree" onclick={on_agree}>
                { lang.pick("Accepter le plan et le SLA tels quels", "Agree to the plan and SLA as they are") }</button>
            if let Some(a) = agreed {
                <p id="fp-agreed" role="status">{ fill(lang.pick("Accepté le {} par {}.", "Agreed on {} by {}."),
                    &[&a.agreed_on.map(|d| d.to_string()).unwrap_or_else(|| "—".into()),
                      &if a.agreed_by.is_empty() { lang.pick("(non précisé)", "(not named)").to_string() } else { a.agreed_by.join(", ") }]) }</p>
                <h3 class="fp-subtitle">{ lang.pick("Ce qui a changé depuis la version acceptée", "What changed since the agreed version") }</h3>
                <ul id="fp-agreement-changes">
                    if a.changes.is_empty() {
                        <li>{ lang.pick("Rien : le plan est celui qui a été accepté.", "Nothing: the plan is the one agreed.") }</li>
                    }
                    { for a.changes.iter().map(|c| html! { <li>{ describe(c, lang, ctx) }</li> }) }
                </ul>
            }
        </div>
    }
}
