//! A bound number field whose label is built at run time (a stage name, a grid cell), like
//! `Ctx::number` but with owned label and help text.

use crate::app::ctx::{field_id, Ctx};
use crate::app::number_field::NumberField;
use crate::browser::format;
use crate::state::fields::{self, Kind};
use crate::state::Action;
use yew::prelude::*;

/// A labelled field bound to the plan number at `path`, with its error in the user's language.
pub fn bound_number(ctx: &Ctx, path: &str, label: AttrValue, help: AttrValue) -> Html {
    let lang = ctx.lang();
    let suffix = match fields::kind(path) {
        Kind::Percent => Some(AttrValue::from("%")),
        Kind::Money => Some(AttrValue::from(format::currency_symbol(&ctx.state.currency, lang))),
        Kind::Number => None,
    };
    let error = ctx.outcome.error_at(path).map(|r| AttrValue::from(lang.reason(r)));
    let owned = path.to_string();
    let on_input = ctx.dispatch.reform(move |text| Action::SetNumber { path: owned.clone(), text });
    html! {
        <NumberField id={field_id(path)} label={label} help={help} value={ctx.state.text(path)}
            suffix={suffix} error={error} on_input={on_input} />
    }
}

/// Fills each `{}` of a sentence written in one language with the next already formatted
/// value, so numbers in sentences still go through the locale's formatting.
pub fn fill(template: &str, values: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    let mut values = values.iter();
    while let Some(at) = rest.find("{}") {
        out.push_str(&rest[..at]);
        out.push_str(values.next().copied().unwrap_or(""));
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    out
}
