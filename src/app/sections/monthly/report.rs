//! The monthly report to share with the whole company (`monthly_text`), in French or English
//! whatever the interface's language: shown as a page, printed alone (to PDF through the
//! browser's print dialog) and copied as text or Markdown, with a manual copy box when the
//! clipboard is blocked.

use super::month_label;
use super::pick::select;
use crate::app::ctx::{Ctx, SectionProps};
use crate::browser::{clipboard, print};
use crate::i18n::Lang;
use crate::monthly_text::{monthly_report, MonthlyReport};
use yew::prelude::*;

#[derive(Clone, PartialEq)]
enum Copy {
    Idle,
    Copied,
    Manual(String),
}

fn page(report: &MonthlyReport, lang: Lang) -> Html {
    html! {
        <article class="fp-monthly-report__page" id="fp-monthly-report-page" lang={lang.code()}>
            <h3 class="fp-monthly-report__title">{ &report.title }</h3>
            { for report.sections.iter().map(|s| html! {
                <section>
                    <h4>{ s.heading }</h4>
                    <ul>{ for s.lines.iter().map(|l| html! { <li>{ l }</li> }) }</ul>
                </section>
            }) }
        </article>
    }
}

#[function_component(ReportBox)]
pub fn report_box(props: &SectionProps) -> Html {
    let ctx: &Ctx = &props.ctx;
    let ui = ctx.lang();
    let month = use_state(|| None::<u32>);
    let lang = use_state(|| None::<Lang>);
    let copy = use_state(|| Copy::Idle);
    let plan = if ctx.outcome.stale { &ctx.state.last_valid } else { &ctx.state.plan };
    let Some(report) = ctx.report() else { return html! {} };
    let Some(last) = report.actuals.as_ref().and_then(|a| a.months.last_recorded) else {
        return html! { <p>{ ui.pick("Le rapport se rédige dès qu'un mois est enregistré.",
        "The report is written once a month is recorded.") }</p> };
    };
    let shown = month.unwrap_or(last);
    let text_lang = lang.unwrap_or(ui);
    let Some(doc) = monthly_report(plan, report, shown, text_lang, ctx) else { return html! {} };
    let months: Vec<(String, String)> = (1..=plan.periods.horizon.months() as u32)
        .map(|m| (m.to_string(), month_label(plan, m, ui)))
        .collect();
    let langs = [("fr", "Français"), ("en", "English")].map(|(v, l)| (v.to_string(), l.to_string()));
    let on_month = {
        let month = month.clone();
        Callback::from(move |v: String| month.set(v.parse().ok()))
    };
    let on_lang = {
        let lang = lang.clone();
        Callback::from(move |v: String| lang.set(Some(if v == "fr" { Lang::Fr } else { Lang::En })))
    };
    let copy_with = |text: String| {
        let copy = copy.clone();
        Callback::from(move |_: MouseEvent| {
            let (copy, text) = (copy.clone(), text.clone());
            yew::platform::spawn_local(async move {
                let ok = clipboard::copy(&text).await;
                copy.set(if ok { Copy::Copied } else { Copy::Manual(text) });
            });
        })
    };
    let status = match &*copy {
        Copy::Idle => "",
        Copy::Copied => ui.pick("Copié dans le presse-papiers.", "Copied to the clipboard."),
        Copy::Manual(_) => ui.pick(
            "Copie automatique impossible : copiez le texte ci-dessous avec Ctrl+C (⌘+C).",
            "Automatic copy is not available: copy the text below with Ctrl+C (⌘+C).",
        ),
    };
    html! {
        <div class="fp-monthly-report" id="fp-monthly-report-box">
            <div class="fp-monthly-report__options">
                { select("fp-report-month", ui.pick("Mois du rapport", "Report month"), &months, &shown.to_string(), &on_month) }
                { select("fp-report-lang", ui.pick("Langue du rapport", "Report language"), &langs, text_lang.code(), &on_lang) }
            </div>
            <div class="fp-sla-doc__actions" role="group" aria-label={ui.pick("Actions du rapport", "Report actions")}>
                <button type="button" class="fp-btn" id="fp-report-copy-text" onclick={copy_with(doc.to_text())}>
                    { ui.pick("Copier le texte", "Copy as text") }</button>
                <button type="button" class="fp-btn" id="fp-report-copy-markdown" onclick={copy_with(doc.to_markdown())}>
                    { ui.pick("Copier en Markdown", "Copy as Markdown") }</button>
                <button type="button" class="fp-btn" id="fp-report-print" onclick={Callback::from(|_: MouseEvent| print::print(Some("monthly")))}>
                    { ui.pick("Imprimer ou PDF", "Print or PDF") }</button>
            </div>
            <p class="fp-sla-doc__status" role="status" id="fp-report-status">{ status }</p>
            if let Copy::Manual(text) = &*copy {
                <textarea id="fp-report-manual" class="fp-textarea" readonly=true rows="10"
                    aria-label={ui.pick("Texte à copier", "Text to copy")} value={text.clone()} />
            }
            { page(&doc, text_lang) }
        </div>
    }
}
