//! Data tables: a labelled, focusable region that scrolls sideways on narrow screens around a
//! `<table class="fp-table">` with its caption, column headings and rows, plus the cells most
//! rows are made of.

use yew::prelude::*;

/// A column heading: its text, and whether the column holds numbers (right-aligned).
pub type Col<'a> = (&'a str, bool);

/// A table whose head is one row of plain column headings.
pub fn data_table(label: &str, id: Option<&'static str>, caption: &str, cols: &[Col], body: Html) -> Html {
    table(label, id, caption, heads(cols, Html::default()), tbody(body))
}

/// A table with a head row built by the caller (e.g. one column per month).
#[inline(never)]
pub fn table(label: &str, id: Option<&'static str>, caption: &str, head: Html, body: Html) -> Html {
    scroll_table(
        label,
        html! {
            <table class="fp-table" id={id}>
                <caption>{ caption }</caption>
                <thead>{ head }</thead>
                { body }
            </table>
        },
    )
}

/// A region around a table that scrolls sideways on narrow screens.
#[inline(never)]
pub fn scroll_table(label: &str, table: Html) -> Html {
    html! {
        <div class="fp-table-wrap" role="region" tabindex="0" aria-label={label.to_string()}>{ table }</div>
    }
}

/// A head row of column headings, followed by `more` headings.
#[inline(never)]
pub fn heads(cols: &[Col], more: Html) -> Html {
    html! {
        <tr>
            { for cols.iter().map(|(text, numeric)| html! {
                <th scope="col" class={numeric.then_some("fp-num")}>{ *text }</th>
            }) }
            { more }
        </tr>
    }
}

/// `<tbody>` around rows.
#[inline(never)]
pub fn tbody(rows: Html) -> Html {
    html! { <tbody>{ rows }</tbody> }
}

/// A row: its heading cell (`<th scope="row">`) then its cells.
#[inline(never)]
pub fn row(head: AttrValue, cells: Vec<Html>) -> Html {
    html! { <tr><th scope="row">{ head }</th>{ for cells }</tr> }
}

/// A number cell (right-aligned).
#[inline(never)]
pub fn num(text: AttrValue) -> Html {
    html! { <td class="fp-num">{ text }</td> }
}

/// A plain text cell.
#[inline(never)]
pub fn cell(text: AttrValue) -> Html {
    html! { <td>{ text }</td> }
}
