//! The SLA as a printable, signable document (issue 4 item 5): the clauses from
//! `crate::sla_text`, buttons to copy it as text or Markdown and to print it, and a manual
//! copy box when the clipboard is unavailable.

use super::verdict::verdict;
use crate::app::ctx::Ctx;
use crate::browser::format;
use crate::browser::{clipboard, focus, print};
use crate::engine::{Decimal, Plan};
use crate::sla_text::words::colon;
use crate::sla_text::{sla_document, Numbers, SlaDocument};
use yew::prelude::*;

/// Figures in the document go through the same Intl formatting as the rest of the view.
impl Numbers for Ctx {
    fn count(&self, n: u64) -> String {
        format::count(n, self.lang())
    }
    fn decimal(&self, value: Decimal, places: u32) -> String {
        format::decimal(value, self.lang(), places)
    }
    fn percent(&self, fraction: Decimal) -> String {
        format::percent(fraction, self.lang())
    }
    fn money(&self, value: Decimal) -> String {
        format::money(value, self.lang(), &self.state.currency)
    }
}

/// What the last copy did.
#[derive(Clone, PartialEq)]
pub enum CopyState {
    Idle,
    Copied,
    /// The clipboard refused: the text to copy by hand.
    Manual(String),
}

/// The document's own state, held by the section: the last copy's outcome and the manual
/// copy box, focused and selected when it appears.
pub struct DocState {
    pub copy: UseStateHandle<CopyState>,
    manual: NodeRef,
}

#[hook]
pub fn use_doc_state() -> DocState {
    let copy = use_state(|| CopyState::Idle);
    let manual = use_node_ref();
    {
        let manual = manual.clone();
        use_effect_with((*copy).clone(), move |state| {
            if let CopyState::Manual(_) = state {
                focus::focus_and_select(&manual);
            }
        });
    }
    DocState { copy, manual }
}

/// The document; `on_close` hides it.
pub fn sla_doc(ctx: &Ctx, doc_state: &DocState, on_close: &Callback<()>) -> Html {
    let lang = ctx.lang();
    let copy_state = &doc_state.copy;
    let manual_ref = doc_state.manual.clone();
    // The report may come from the last valid inputs; word it from the plan it was computed on.
    let plan: &Plan = if ctx.outcome.stale { &ctx.state.last_valid } else { &ctx.state.plan };
    let Some(mut doc) = ctx.report().and_then(|r| sla_document(plan, r, lang, ctx)) else {
        return html! {
            <article id="fp-sla-doc" class="fp-card fp-sla-doc">
                <p>{ lang.pick("Le document n'est pas disponible : le SLA n'a pas pu être calculé.",
                    "The document is unavailable: the SLA could not be computed.") }</p>
            </article>
        };
    };
    // Owners, dates, status and changes since agreed (issue 14), when an agreement is set.
    doc.agreement =
        ctx.report().map(|r| crate::monthly_text::document_lines(plan, r, lang, ctx)).unwrap_or_default();
    let copy_with = |text: String| {
        let copy_state = copy_state.clone();
        Callback::from(move |_: MouseEvent| {
            let (copy_state, text) = (copy_state.clone(), text.clone());
            yew::platform::spawn_local(async move {
                let ok = clipboard::copy(&text).await;
                copy_state.set(if ok { CopyState::Copied } else { CopyState::Manual(text) });
            });
        })
    };
    let on_text = copy_with(doc.to_text(lang));
    let on_markdown = copy_with(doc.to_markdown(lang));
    let on_print = Callback::from(|_: MouseEvent| print::print(Some("sla")));
    let on_close = on_close.reform(|_: MouseEvent| ());
    let status = match &**copy_state {
        CopyState::Idle => "",
        CopyState::Copied => lang.pick("Copié dans le presse-papiers.", "Copied to the clipboard."),
        CopyState::Manual(_) => lang.pick("Copie automatique impossible : le texte est sélectionné ci-dessous, copiez-le avec Ctrl+C (⌘+C).",
            "Automatic copy is not available: the text is selected below, copy it with Ctrl+C (⌘+C)."),
    };
    html! {
        <article id="fp-sla-doc" class="fp-card fp-sla-doc" aria-labelledby="fp-sla-doc-title">
            <div class="fp-sla-doc__actions" role="group" aria-label={lang.pick("Actions du document", "Document actions")}>
                <button type="button" class="fp-btn" id="fp-sla-copy-text" onclick={on_text}>
                    { lang.pick("Copier le texte", "Copy as text") }</button>
                <button type="button" class="fp-btn" id="fp-sla-copy-markdown" onclick={on_markdown}>
                    { lang.pick("Copier en Markdown", "Copy as Markdown") }</button>
                <button type="button" class="fp-btn" id="fp-sla-print" onclick={on_print}>
                    { lang.pick("Imprimer", "Print") }</button>
                <button type="button" class="fp-btn fp-btn--ghost" onclick={on_close}>
                    { lang.pick("Fermer", "Close") }</button>
            </div>
            <p class="fp-sla-doc__status" role="status">{ status }</p>
            if let CopyState::Manual(text) = &**copy_state {
                <div class="fp-field fp-sla-doc__manual">
                    <label class="fp-field__label" for="fp-sla-manual">{ lang.pick("Texte à copier", "Text to copy") }</label>
                    <textarea id="fp-sla-manual" class="fp-sla-doc__textarea" readonly=true rows="10"
                        ref={manual_ref} value={text.clone()} />
                </div>
            }
            if ctx.outcome.stale {
                <p class="fp-stale" role="note">{ lang.pick("Document établi avec les dernières valeurs valides.",
                    "Document drawn up from the last valid inputs.") }</p>
            }
            { page(ctx, &doc) }
        </article>
    }
}

/// The printable page itself.
fn page(ctx: &Ctx, doc: &SlaDocument) -> Html {
    let lang = ctx.lang();
    let c = colon(lang);
    let clauses =
        |items: &[String]| html! { <ul>{ for items.iter().map(|s| html! { <li>{ s }</li> }) }</ul> };
    let signers = doc.signers.iter().map(|signer| {
        let lines = doc.signature_fields.iter().map(|field| {
            html! { <p class="fp-sla-doc__line"><span>{ format!("{field}{c}") }</span><span class="fp-sla-doc__blank"></span></p> }
        });
        html! { <div class="fp-sla-doc__signer"><h4>{ *signer }</h4>{ for lines }</div> }
    });
    html! {
        <div class="fp-sla-doc__page" lang={lang.code()}>
            <h2 id="fp-sla-doc-title" class="fp-sla-doc__title">{ doc.title }</h2>
            <p class="fp-sla-doc__goal">{ format!("{} {}", doc.goal_line, doc.intro) }</p>
            <h3>{ doc.marketing_heading }</h3>
            <div id="fp-sla-doc-marketing">{ clauses(&doc.marketing) }</div>
            <h3>{ doc.sales_heading }</h3>
            <div id="fp-sla-doc-sales">{ clauses(&doc.sales) }</div>
            <h3>{ doc.capacity_heading }</h3>
            { verdict(lang, doc.verdict, "fp-sla-doc-verdict") }
            <p id="fp-sla-doc-capacity">{ &doc.capacity }</p>
            if !doc.agreement.is_empty() {
                <h3>{ crate::sla_text::agreement_heading(lang) }</h3>
                <ul id="fp-sla-doc-agreement">{ for doc.agreement.iter().map(|s| html! { <li>{ s }</li> }) }</ul>
            }
            <h3>{ doc.signatures_heading }</h3>
            <div class="fp-sla-doc__signatures">{ for signers }</div>
        </div>
    }
}
