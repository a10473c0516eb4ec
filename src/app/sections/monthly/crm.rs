//! A CRM export in CSV, counted per month in the browser (nothing is uploaded): choose the
//! file, say which columns hold the date, the status and the source, map each status to a
//! stage, see the counts per month and every refused row, then apply.

use super::paste::problems;
use super::pick::select;
use super::{horizon_months, stage_names};
use crate::app::ctx::{Ctx, SectionProps};
use crate::app::widgets::table;
use crate::browser::files::read_chosen_file;
use crate::import::crm::{count_crm, to_periods, CrmImport, CrmMapping};
use crate::import::dates::DateOrder;
use crate::import::stage_named;
use crate::import::table::{detect, parse};
use crate::state::edits::Edit;
use crate::state::monthly::MonthlyEdit;
use crate::state::Action;
use yew::prelude::*;

/// The file read and how the user maps it.
#[derive(Clone, PartialEq, Default)]
struct Setup {
    text: String,
    columns: Vec<String>,
    statuses: Vec<String>,
    mapping: CrmMapping,
}

/// Column names (first row) and a first guess of which is which.
fn setup(text: String, stages: &[String]) -> Setup {
    let table = parse(&text, detect(&text));
    let columns: Vec<String> = table.records.first().map(|r| r.cells.clone()).unwrap_or_default();
    let find = |words: &[&str]| {
        columns.iter().position(|c| words.iter().any(|w| crate::engine::caseless::lower(c).contains(w)))
    };
    let date_column = find(&["date"]).unwrap_or(0);
    let status_column =
        find(&["stat", "stage", "étape", "lifecycle"]).unwrap_or(1.min(columns.len().saturating_sub(1)));
    let source_column = find(&["source"]);
    let mapping =
        CrmMapping { header: true, date_column, status_column, source_column, ..CrmMapping::default() };
    let mut s = Setup { text, columns, statuses: Vec::new(), mapping };
    refresh_statuses(&mut s, stages);
    s
}

/// The distinct statuses of the status column, each mapped to the stage of the same name.
fn refresh_statuses(s: &mut Setup, stages: &[String]) {
    let table = parse(&s.text, detect(&s.text));
    let mut found: Vec<String> = Vec::new();
    for r in table.records.iter().skip(1) {
        if let Some(v) = r.cells.get(s.mapping.status_column).map(|c| c.trim().to_string()) {
            if !v.is_empty() && !found.contains(&v) && found.len() < 60 {
                found.push(v);
            }
        }
    }
    s.mapping.statuses = found.iter().filter_map(|v| Some((v.clone(), stage_named(v, stages)?))).collect();
    s.statuses = found;
}

fn preview(ctx: &Ctx, counted: &CrmImport, outside: &[String]) -> Html {
    let lang = ctx.lang();
    let names = stage_names(&ctx.state.plan);
    let head = html! {
        <tr>
            <th scope="col">{ lang.pick("Mois", "Month") }</th>
            { for names.iter().map(|n| html! { <th scope="col" class="fp-num">{ n }</th> }) }
        </tr>
    };
    let rows = counted.months.iter().map(|m| {
        let cells = m.stages.iter().zip(&counted.covered).map(|(c, covered)| {
            html! { <td class="fp-num">{ if *covered { ctx.count(*c) } else { "—".into() } }</td> }
        });
        html! { <tr><th scope="row">{ m.month.to_string() }</th>{ for cells }</tr> }
    });
    let summary = match lang {
        crate::i18n::Lang::Fr => format!("{} lignes comptées.", ctx.count(counted.rows_counted as u64)),
        crate::i18n::Lang::En => format!("{} rows counted.", ctx.count(counted.rows_counted as u64)),
    };
    html! {
        <div class="fp-import-preview" id="fp-crm-preview">
            <p>{ summary }</p>
            { table(lang.pick("Comptes par mois", "Counts per month"), None,
                lang.pick("Comptes par mois (— : étape qu'aucun statut ne vise, pas de données)",
                    "Counts per month (—: a stage no status maps to, no data)"), head, html! { <tbody>{ for rows }</tbody> }) }
            if !outside.is_empty() {
                <p class="fp-import-problems" role="note">{ format!("{} {}", lang.pick(
                    "Mois hors de l'horizon du plan, non repris :", "Months outside the plan's horizon, not used:"), outside.join(", ")) }</p>
            }
            { problems(ctx, &counted.problems) }
        </div>
    }
}

#[function_component(CrmBox)]
pub fn crm_box(props: &SectionProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang();
    let plan = ctx.state.plan.clone();
    let names = stage_names(&plan);
    let state = use_state(|| None::<Setup>);
    let on_file = {
        let (state, names) = (state.clone(), names.clone());
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let (state, names) = (state.clone(), names.clone());
            yew::platform::spawn_local(async move {
                if let Some(text) = read_chosen_file(&input).await {
                    state.set(Some(setup(text, &names)));
                }
            });
        })
    };
    let update = |f: fn(&mut Setup, &str, &[String])| {
        let (state, names) = (state.clone(), names.clone());
        Callback::from(move |value: String| {
            if let Some(mut s) = (*state).clone() {
                f(&mut s, &value, &names);
                state.set(Some(s));
            }
        })
    };
    let Some(s) = &*state else {
        return html! {
            <details class="fp-details fp-crm">
                <summary>{ lang.pick("Importer un export CRM (CSV)", "Import a CRM export (CSV)") }</summary>
                { file_input(lang, on_file) }
            </details>
        };
    };
    let counted = count_crm(&s.text, &s.mapping, &names);
    let first = counted.months.first().map(|m| m.month);
    let start = plan.actuals.start.or(first);
    let (periods, outside) = match start {
        Some(start) => to_periods(&counted, start, horizon_months(&plan)),
        None => (Vec::new(), Vec::new()),
    };
    let columns: Vec<(String, String)> =
        s.columns.iter().enumerate().map(|(i, c)| (i.to_string(), c.clone())).collect();
    let mut sources = vec![(String::new(), lang.pick("(aucune)", "(none)").to_string())];
    sources.extend(columns.iter().cloned());
    let mut stage_options = vec![(String::new(), lang.pick("(non compté)", "(not counted)").to_string())];
    stage_options.extend(names.iter().enumerate().map(|(i, n)| (i.to_string(), n.clone())));
    let orders =
        [("day", lang.pick("jj/mm/aaaa", "dd/mm/yyyy")), ("month", lang.pick("mm/jj/aaaa", "mm/dd/yyyy"))]
            .map(|(v, l)| (v.to_string(), l.to_string()));
    let status_rows = s.statuses.iter().enumerate().map(|(i, status)| {
        let chosen = s
            .mapping
            .statuses
            .iter()
            .find(|(v, _)| v == status)
            .map(|(_, st)| st.to_string())
            .unwrap_or_default();
        let (state, status) = (state.clone(), status.clone());
        let on = Callback::from(move |value: String| {
            if let Some(mut s) = (*state).clone() {
                s.mapping.statuses.retain(|(v, _)| *v != status);
                if let Ok(stage) = value.parse::<usize>() {
                    s.mapping.statuses.push((status.clone(), stage));
                }
                state.set(Some(s));
            }
        });
        let label = format!("{} « {} »", lang.pick("Statut", "Status"), s.statuses[i]);
        select(&format!("fp-crm-status-{i}"), &label, &stage_options, &chosen, &on)
    });
    let empty = periods.is_empty();
    let on_apply = {
        let (dispatch, state) = (ctx.dispatch.clone(), state.clone());
        let set_start = plan.actuals.start.is_none().then_some(start).flatten();
        Callback::from(move |_: MouseEvent| {
            if let Some(st) = set_start {
                dispatch.emit(Action::Edit(Edit::Monthly(MonthlyEdit::SetStart(Some(st)))));
            }
            dispatch.emit(Action::Edit(Edit::Monthly(MonthlyEdit::ApplyMonths(periods.clone()))));
            state.set(None);
        })
    };
    let m = &s.mapping;
    html! {
        <details class="fp-details fp-crm" open=true>
            <summary>{ lang.pick("Importer un export CRM (CSV)", "Import a CRM export (CSV)") }</summary>
            { file_input(lang, on_file) }
            <div class="fp-crm__columns">
                { select("fp-crm-date", lang.pick("Colonne de la date", "Date column"), &columns, &m.date_column.to_string(),
                    &update(|s, v, _| s.mapping.date_column = v.parse().unwrap_or(0))) }
                { select("fp-crm-order", lang.pick("Les dates s'écrivent", "Dates are written"), &orders,
                    if m.order == DateOrder::DayFirst { "day" } else { "month" },
                    &update(|s, v, _| s.mapping.order = if v == "month" { DateOrder::MonthFirst } else { DateOrder::DayFirst })) }
                { select("fp-crm-status", lang.pick("Colonne du statut ou de l'étape", "Status or stage column"), &columns,
                    &m.status_column.to_string(), &update(|s, v, names| {
                        s.mapping.status_column = v.parse().unwrap_or(0);
                        refresh_statuses(s, names);
                    })) }
                { select("fp-crm-source", lang.pick("Colonne de la source", "Source column"), &sources,
                    &m.source_column.map(|c| c.to_string()).unwrap_or_default(),
                    &update(|s, v, _| s.mapping.source_column = v.parse().ok())) }
            </div>
            <fieldset class="fp-fieldset fp-crm__statuses">
                <legend class="fp-field__label">{ lang.pick("Chaque statut compte à l'étape", "Each status counts at stage") }</legend>
                { for status_rows }
            </fieldset>
            { preview(ctx, &counted, &outside.iter().map(|m| m.to_string()).collect::<Vec<_>>()) }
            <button type="button" class="fp-btn" id="fp-crm-apply" disabled={empty} onclick={on_apply}>
                { lang.pick("Reprendre ces comptes", "Use these counts") }</button>
        </details>
    }
}

fn file_input(lang: crate::i18n::Lang, on_file: Callback<Event>) -> Html {
    html! {
        <div class="fp-field">
            <label class="fp-field__label" for="fp-crm-file">{ lang.pick("Fichier CSV exporté du CRM", "CSV file exported from the CRM") }</label>
            <input id="fp-crm-file" type="file" accept=".csv,text/csv,text/plain" onchange={on_file}
                aria-describedby="fp-crm-help" />
            <p id="fp-crm-help" class="fp-field__help">{ lang.pick(
                "Le fichier est lu dans votre navigateur : rien n'est envoyé.",
                "The file is read in your browser: nothing is uploaded.") }</p>
        </div>
    }
}
