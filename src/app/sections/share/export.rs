//! Export (CSV of volumes per stage and period, JSON of the plan), JSON import with
//! validation, print, and reset (undo is offered in the notice bar).

use crate::app::ctx::Ctx;
use crate::app::widgets::card;
use crate::browser::{files, json};
use crate::engine::compute;
use crate::export::{csv, file_stem};
use crate::state::{Action, Notice};
use yew::prelude::*;

pub fn export_card(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let stem = file_stem(lang.pick("plan-entonnoir", "funnel-plan"));
    // Both layouts in the interface language (`;` and decimal comma in French), with a BOM
    // and the plan's inputs.
    let csv_button =
        |suffix: &'static str,
         write: fn(&crate::engine::Plan, &crate::engine::PlanReport, crate::i18n::Lang) -> String| {
            let plan = ctx.state.last_valid.clone();
            let name = format!("{stem}{suffix}.csv");
            Callback::from(move |_| {
                // Off the input path: the Monte-Carlo (when switched on) runs only for the export.
                if let Ok(report) = crate::engine::compute_with_risk(&plan) {
                    files::download(&name, "text/csv;charset=utf-8", &write(&plan, &report, lang));
                }
            })
        };
    let on_csv = csv_button("", csv::long_file);
    let on_csv_wide = csv_button("-wide", csv::wide_file);
    let on_json = {
        let plan = ctx.state.plan.clone();
        let name = format!("{stem}.json");
        Callback::from(move |_| {
            if let Some(text) = json::plan_to_json(&plan, true) {
                files::download(&name, "application/json", &text);
            }
        })
    };
    let on_import = {
        let dispatch = ctx.dispatch.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let plan = files::read_chosen_file(&input)
                    .await
                    .and_then(|text| json::parse(&text))
                    .and_then(json::plan_from_js)
                    .filter(|plan| compute(plan).is_ok());
                input.set_value("");
                dispatch.emit(match plan {
                    Some(plan) => Action::Load { plan: Box::new(plan), notice: None },
                    None => Action::Notify(Notice::BadImport),
                });
            });
        })
    };
    html! {
        { card("fp-card", "fp-export-title", lang.pick("Exporter, importer, imprimer", "Export, import, print"), html! {
            <>
                <div class="fp-actions">
                    <button type="button" class="fp-btn" onclick={on_csv} disabled={ctx.report().is_none()}>
                        { lang.pick("Exporter en CSV", "Export CSV") }</button>
                    <button type="button" class="fp-btn" onclick={on_csv_wide} disabled={ctx.report().is_none()}>
                        { lang.pick("CSV étapes × mois", "CSV stages × months") }</button>
                    <button type="button" class="fp-btn" onclick={on_json}>{ lang.pick("Exporter en JSON", "Export JSON") }</button>
                    <button type="button" class="fp-btn fp-btn--ghost" onclick={Callback::from(|_| crate::browser::print::print(None))}>
                        { lang.pick("Imprimer le rapport", "Print report") }</button>
                </div>
                <p class="fp-help">{ lang.pick(
                    "CSV (séparateur « ; », virgule décimale, pour Excel en français) : une ligne par étape et par période (année, trimestre, mois, semaine, jour ouvré), ou les étapes en lignes et les trimestres et mois en colonnes ; les données du plan suivent. JSON : le plan complet, réimportable.",
                    "CSV: one row per stage and period (year, quarter, month, week, working day), or stages as rows and quarters and months as columns; the plan's inputs follow. JSON: the whole plan, ready to import again.") }</p>
                <label class="fp-field__label" for="fp-import">{ lang.pick("Importer un plan (JSON)", "Import a plan (JSON)") }</label>
                <input id="fp-import" class="fp-file" type="file" accept=".json,application/json" onchange={on_import} />
                <hr class="fp-rule" />
                <button type="button" class="fp-btn fp-btn--danger" onclick={ctx.dispatch.reform(|_| Action::Reset)}>
                    { lang.pick("Réinitialiser le plan", "Reset the plan") }</button>
                <p class="fp-help">{ lang.pick("Vous pourrez annuler juste après.", "You can undo right after.") }</p>
            </>
        }) }
    }
}
