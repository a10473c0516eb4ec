//! What every section receives: the state, the derived outcome and the dispatcher, plus
//! small helpers to render a bound number field and formatted figures.

use super::number_field::{number_field, NumberFieldProps};
use crate::browser::format;
use crate::engine::{Decimal, PlanReport};
use crate::i18n::Lang;
use crate::state::registry::{self, Kind};
use crate::state::{Action, Outcome, State};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone)]
pub struct Ctx {
    pub state: Rc<State>,
    pub outcome: Rc<Outcome>,
    pub dispatch: Callback<Action>,
    /// Field paths a host page locked read-only.
    pub locked: Rc<Vec<String>>,
    /// False only for the app's very first render, so heavy parts can wait one frame.
    pub painted: bool,
}

/// By value: the app makes a fresh `Rc<State>` at every render, but the plans and outcome
/// inside it are shared until they change, so comparing costs a few pointer checks.
impl PartialEq for Ctx {
    fn eq(&self, other: &Ctx) -> bool {
        self.painted == other.painted
            && (Rc::ptr_eq(&self.outcome, &other.outcome) || self.outcome == other.outcome)
            && (Rc::ptr_eq(&self.state, &other.state) || *self.state == *other.state)
            && self.locked == other.locked
    }
}

/// A number field described once: its plan path, and its label and help in French and English.
pub struct Field {
    pub path: &'static str,
    pub label: [&'static str; 2],
    pub help: [&'static str; 2],
}

/// Props of every section component.
#[derive(Properties, PartialEq, Clone)]
pub struct SectionProps {
    pub ctx: Ctx,
}

impl Ctx {
    pub fn lang(&self) -> Lang {
        self.state.lang
    }

    pub fn report(&self) -> Option<&PlanReport> {
        self.outcome.report.as_deref()
    }

    /// A labelled number field bound to the plan field at `path`: shows what was typed, its
    /// error in the user's language, and dispatches `SetNumber` on input. Read-only when a host
    /// page locked `path`.
    pub fn number(&self, path: &str, label: impl Into<AttrValue>, help: impl Into<AttrValue>) -> Html {
        self.field(path, label.into(), help.into())
    }

    /// Number fields from a static list, one after the other.
    #[inline(never)]
    pub fn fields(&self, list: &[Field]) -> Html {
        let lang = self.lang();
        let pick = |pair: [&'static str; 2]| AttrValue::from(lang.pick(pair[0], pair[1]));
        list.iter().map(|f| self.field(f.path, pick(f.label), pick(f.help))).collect()
    }

    /// Like `number`, for fields whose label is built at run time (a stage name, a grid cell).
    /// A host locks these by their indexed path (`funnel.stages.1.rate`: the second stage's).
    pub fn bound_number(&self, path: &str, label: AttrValue, help: AttrValue) -> Html {
        self.field(path, label, help)
    }

    /// Like `bound_number`, showing `placeholder` while the field is empty (an optional
    /// override shows the plan's value it falls back on).
    pub fn bound_number_or(
        &self,
        path: &str,
        label: AttrValue,
        help: AttrValue,
        placeholder: String,
    ) -> Html {
        self.field_with(path, label, help, Some(placeholder.into()))
    }

    fn field(&self, path: &str, label: AttrValue, help: AttrValue) -> Html {
        self.field_with(path, label, help, None)
    }

    #[inline(never)]
    fn field_with(
        &self,
        path: &str,
        label: AttrValue,
        help: AttrValue,
        placeholder: Option<AttrValue>,
    ) -> Html {
        let props = self.field_props(path, label, help, placeholder);
        html! { <BoundNumber ..props /> }
    }

    /// What `number` draws, as props: a part that memoises its rows (the stage editor) keeps
    /// them and compares them, so a row re-renders only when its own fields change.
    pub fn field_props(
        &self,
        path: &str,
        label: AttrValue,
        help: AttrValue,
        placeholder: Option<AttrValue>,
    ) -> BoundNumberProps {
        let lang = self.lang();
        let suffix = match registry::kind(path) {
            Kind::Percent => Some(AttrValue::from("%")),
            Kind::Money => Some(AttrValue::from(format::currency_symbol(&self.state.currency, lang))),
            _ => None,
        };
        let error = self.outcome.error_at(path).map(|r| AttrValue::from(lang.reason(r)));
        let readonly = self.locked.iter().any(|p| p == path);
        BoundNumberProps {
            path: AttrValue::from(path.to_string()),
            label,
            help,
            value: self.state.text(path).into(),
            suffix,
            error,
            readonly,
            placeholder,
            dispatch: self.dispatch.clone(),
        }
    }

    pub fn count(&self, n: u64) -> String {
        format::count(n, self.lang())
    }

    pub fn money(&self, value: Decimal) -> String {
        format::money(value, self.lang(), &self.state.currency)
    }

    pub fn percent(&self, fraction: Decimal) -> String {
        format::percent(fraction, self.lang())
    }

    /// A plain decimal (e.g. 2.5 reps, 1.8 hours) with at most `places` decimals.
    pub fn decimal(&self, value: Decimal, places: u32) -> String {
        format::decimal(value, self.lang(), places)
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct BoundNumberProps {
    path: AttrValue,
    label: AttrValue,
    help: AttrValue,
    value: AttrValue,
    suffix: Option<AttrValue>,
    error: Option<AttrValue>,
    readonly: bool,
    placeholder: Option<AttrValue>,
    /// The app's dispatcher (one for the app's life, so unchanged fields compare equal).
    dispatch: Callback<Action>,
}

/// A number field bound to a plan path. A component, so a keystroke re-renders the field typed
/// in (and any whose error changed), not every field of the section.
#[function_component(BoundNumber)]
pub fn bound_number(props: &BoundNumberProps) -> Html {
    let path = props.path.clone();
    let on_input = props.dispatch.reform(move |text| Action::SetNumber { path: path.to_string(), text });
    number_field(&NumberFieldProps {
        id: field_id(&props.path).into(),
        label: props.label.clone(),
        help: props.help.clone(),
        value: props.value.clone(),
        suffix: props.suffix.clone(),
        error: props.error.clone(),
        on_input,
        readonly: props.readonly,
        placeholder: props.placeholder.clone(),
    })
}

/// DOM id of the field at `path`: `fp-` + the path with dots as dashes (`fp-team-reps`).
pub fn field_id(path: &str) -> String {
    format!("fp-{}", path.replace(['.', '_'], "-"))
}
