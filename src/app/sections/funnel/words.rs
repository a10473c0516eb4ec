//! Words the funnel section's parts share: month names, horizon and period names, team names.

use crate::engine::funnel::Team;
use crate::engine::time::periods::Horizon;
use crate::i18n::Lang;
use crate::state::prefs::ShownPeriod;

/// Full month name, month 0 = January.
pub fn month(lang: Lang, m: usize) -> &'static str {
    const FR: [&str; 12] = [
        "Janvier",
        "Février",
        "Mars",
        "Avril",
        "Mai",
        "Juin",
        "Juillet",
        "Août",
        "Septembre",
        "Octobre",
        "Novembre",
        "Décembre",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let names = match lang {
        Lang::Fr => FR,
        Lang::En => EN,
    };
    names.get(m).copied().unwrap_or("")
}

/// Short month name for chart axes.
pub fn month_short(lang: Lang, m: usize) -> &'static str {
    const FR: [&str; 12] =
        ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];
    const EN: [&str; 12] =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let names = match lang {
        Lang::Fr => FR,
        Lang::En => EN,
    };
    names.get(m).copied().unwrap_or("")
}

pub fn team(lang: Lang, team: Team) -> &'static str {
    match team {
        Team::Marketing => lang.pick("Marketing", "Marketing"),
        Team::Sales => lang.pick("Ventes", "Sales"),
    }
}

pub fn horizon(lang: Lang, horizon: Horizon) -> &'static str {
    match horizon {
        Horizon::Year => lang.pick("Année", "Year"),
        Horizon::Quarter => lang.pick("Trimestre", "Quarter"),
        Horizon::Month => lang.pick("Mois", "Month"),
    }
}

/// Button text of a period ("Year" means the whole horizon, so it says so when shorter).
pub fn period_button(lang: Lang, period: ShownPeriod, horizon: Horizon) -> &'static str {
    match (period, horizon) {
        (ShownPeriod::Year, Horizon::Year) => lang.pick("Année", "Year"),
        (ShownPeriod::Year, _) => lang.pick("Total", "Total"),
        (ShownPeriod::Quarter, _) => lang.pick("Trimestre", "Quarter"),
        (ShownPeriod::Month, _) => lang.pick("Mois", "Month"),
        (ShownPeriod::Week, _) => lang.pick("Semaine", "Week"),
        (ShownPeriod::WorkingDay, _) => lang.pick("Jour ouvré", "Working day"),
    }
}

/// Column heading for the chosen period ("Per week").
pub fn per_period(lang: Lang, period: ShownPeriod, horizon: Horizon) -> &'static str {
    match period {
        ShownPeriod::Year => over_horizon(lang, horizon),
        ShownPeriod::Quarter => lang.pick("Par trimestre", "Per quarter"),
        ShownPeriod::Month => lang.pick("Par mois", "Per month"),
        ShownPeriod::Week => lang.pick("Par semaine", "Per week"),
        ShownPeriod::WorkingDay => lang.pick("Par jour ouvré", "Per working day"),
    }
}

/// Column heading for the horizon's total ("Over the year").
pub fn over_horizon(lang: Lang, horizon: Horizon) -> &'static str {
    match horizon {
        Horizon::Year => lang.pick("Sur l'année", "Over the year"),
        Horizon::Quarter => lang.pick("Sur le trimestre", "Over the quarter"),
        Horizon::Month => lang.pick("Sur le mois", "Over the month"),
    }
}
