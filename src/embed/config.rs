//! Widget configuration from URL parameters (the iframe's `src`, which `embed.js` builds from
//! the snippet's data attributes). Unknown or invalid values are ignored with a warning; the
//! widget always opens.

use crate::engine::Decimal;
use crate::i18n::number::{parse_number, parse_percent};
use crate::i18n::Lang;
use crate::state::prefs::{valid_currency, Section, Theme};
use crate::state::registry::{self, Kind};

/// Everything a host can set.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EmbedConfig {
    /// Opened by `embed.js` (or anyone passing `embed=1`): no session storage, talks to host.
    pub embedded: bool,
    /// The host page's origin, the only one messages are sent to and accepted from.
    pub host_origin: Option<String>,
    /// The id `embed.js` gave this widget, echoed in every message.
    pub widget_id: Option<String>,
    pub lang: Option<Lang>,
    pub currency: Option<String>,
    pub theme: Option<Theme>,
    pub brand: Option<String>,
    pub font: Option<String>,
    pub radius_px: Option<u32>,
    /// Sections shown, in the host's order; `None` shows all.
    pub sections: Option<Vec<Section>>,
    /// Field paths shown read-only.
    pub locked: Vec<String>,
    pub compact: bool,
    /// Starting values: field path and exact value.
    pub values: Vec<(String, Decimal)>,
    pub simple_mode: Option<bool>,
}

/// Why a parameter was ignored (printed as a console warning by the browser layer).
#[derive(Clone, Debug, PartialEq)]
pub struct Ignored {
    pub key: String,
    pub value: String,
}

/// Reads `?a=b&c=d` (already percent-decoded pairs).
pub fn parse<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> (EmbedConfig, Vec<Ignored>) {
    let mut config = EmbedConfig::default();
    let mut ignored = Vec::new();
    for (key, value) in pairs {
        if !apply(&mut config, key, value.trim()) {
            ignored.push(Ignored { key: key.to_string(), value: value.to_string() });
        }
    }
    (config, ignored)
}

/// Applies one parameter; `false` when it is unknown or its value is invalid.
fn apply(config: &mut EmbedConfig, key: &str, value: &str) -> bool {
    fn put<T>(slot: &mut Option<T>, value: Option<T>) -> bool {
        let ok = value.is_some();
        if ok {
            *slot = value;
        }
        ok
    }
    match key {
        "embed" => {
            config.embedded = parse_bool(value).unwrap_or(true);
            true
        }
        "host" => put(&mut config.host_origin, valid_origin(value)),
        "id" => put(&mut config.widget_id, valid_id(value)),
        "lang" => put(&mut config.lang, Lang::from_code(value)),
        "currency" => put(&mut config.currency, valid_currency(value)),
        "theme" => put(&mut config.theme, Theme::from_code(value)),
        "brand" => put(&mut config.brand, valid_color(value)),
        "font" => put(&mut config.font, valid_font(value)),
        "radius" => put(&mut config.radius_px, value.parse::<u32>().ok().filter(|r| *r <= 40)),
        "mode" => put(
            &mut config.simple_mode,
            match value {
                "simple" => Some(true),
                "stages" => Some(false),
                _ => None,
            },
        ),
        "compact" => parse_bool(value).map(|b| config.compact = b).is_some(),
        "sections" => {
            let list: Option<Vec<Section>> = value.split(',').map(|s| section_from_id(s.trim())).collect();
            put(&mut config.sections, list.filter(|l| !l.is_empty()))
        }
        "lock" => {
            let paths: Vec<String> = value.split(',').map(|p| p.trim().to_string()).collect();
            let defaults = crate::engine::Plan::default();
            let known = paths.iter().all(|p| registry::read(&defaults, p).is_some());
            if known {
                config.locked = paths;
            }
            known
        }
        path => match starting_value(path, value) {
            Some(v) => {
                config.values.push((path.to_string(), v));
                true
            }
            None => false,
        },
    }
}

/// A starting value written plainly with a dot ("250000", "2.5"); percentages as percents
/// ("3" is 3 %), whatever the widget's language.
fn starting_value(path: &str, value: &str) -> Option<Decimal> {
    registry::read(&crate::engine::Plan::default(), path)?;
    match registry::kind(path) {
        Kind::Percent => parse_percent(value, Lang::En).ok(),
        _ => parse_number(value, Lang::En).ok(),
    }
}

pub fn section_from_id(id: &str) -> Option<Section> {
    Section::ALL.into_iter().find(|s| s.id() == id)
}

fn parse_bool(value: &str) -> Option<bool> {
    match value {
        "1" | "true" | "yes" | "" => Some(true),
        "0" | "false" | "no" => Some(false),
        _ => None,
    }
}

/// `#rgb` or `#rrggbb` only: anything else could inject CSS.
pub fn valid_color(value: &str) -> Option<String> {
    let hex = value.strip_prefix('#')?;
    (matches!(hex.len(), 3 | 6) && hex.bytes().all(|b| b.is_ascii_hexdigit()))
        .then(|| value.to_ascii_lowercase())
}

/// Font family names: letters, digits, spaces, commas, dashes and quotes, at most 100 chars.
pub fn valid_font(value: &str) -> Option<String> {
    let ok = !value.is_empty()
        && value.len() <= 100
        && value.chars().all(|c| c.is_alphanumeric() || matches!(c, ' ' | ',' | '-' | '\'' | '"'));
    ok.then(|| value.to_string())
}

/// `scheme://host[:port]` with http(s) only.
pub fn valid_origin(value: &str) -> Option<String> {
    let rest = value.strip_prefix("https://").or_else(|| value.strip_prefix("http://"))?;
    let ok = !rest.is_empty()
        && rest.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
    ok.then(|| value.to_string())
}

fn valid_id(value: &str) -> Option<String> {
    let ok = !value.is_empty()
        && value.len() <= 64
        && value.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    ok.then(|| value.to_string())
}

/// A number as JavaScript writes it (`String(n)`: "2500", "0.5", "1e+21", "1.5e-7") written out
/// in full, as a person would type it, so the field's own rules judge it ("too large", "too
/// precise") rather than the notation. Text that is not in that form comes back unchanged.
pub fn plain_number(js: &str) -> String {
    let Some((mantissa, exponent)) = js.split_once(['e', 'E']) else { return js.to_string() };
    let Ok(exponent) = exponent.parse::<i32>() else { return js.to_string() };
    let (sign, mantissa) = mantissa.strip_prefix('-').map_or(("", mantissa), |m| ("-", m));
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if !(whole.chars().chain(fraction.chars())).all(|c| c.is_ascii_digit()) || exponent.abs() > 400 {
        return js.to_string();
    }
    let digits = format!("{whole}{fraction}");
    // Where the decimal point falls in `digits` once the exponent is applied.
    let point = whole.len() as i32 + exponent;
    let written = match usize::try_from(point) {
        Err(_) | Ok(0) => format!("0.{}{digits}", "0".repeat(point.unsigned_abs() as usize)),
        Ok(p) if p >= digits.len() => format!("{digits}{}", "0".repeat(p - digits.len())),
        Ok(p) => format!("{}.{}", &digits[..p], &digits[p..]),
    };
    format!("{sign}{written}")
}

/// A value sent by a host (URL parameter or `set-inputs` message) for the field at `path`.
pub fn host_value(path: &str, value: &str) -> Option<Decimal> {
    starting_value(path, value.trim())
}

/// Applies the plan-related parts of `config` to a freshly opened state.
pub fn apply_to(config: &EmbedConfig, state: &mut crate::state::State) {
    use crate::engine::funnel::FunnelMode;
    if let Some(lang) = config.lang {
        if lang != state.lang {
            *state = state.reduce(crate::state::Action::SetLang(lang));
            state.currency = crate::state::prefs::default_currency(lang).to_string();
        }
    }
    if let Some(currency) = &config.currency {
        state.currency = currency.clone();
    }
    if let Some(theme) = config.theme {
        state.theme = theme;
    }
    let mut plan = (*state.plan).clone();
    if let Some(simple) = config.simple_mode {
        plan.funnel.mode = if simple { FunnelMode::Simple } else { FunnelMode::Stages };
    }
    for (path, value) in &config.values {
        registry::write(&mut plan, path, Some(*value));
    }
    if plan != *state.plan {
        // Runs the engine once; a plan that computes becomes the last valid one.
        state.replace_plan(plan);
    }
    if let Some(sections) = &config.sections {
        state.section = sections[0];
    }
}
