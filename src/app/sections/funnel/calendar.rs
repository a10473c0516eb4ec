//! The plan's calendar: horizon (year, quarter, month), working days per week, and optional
//! seasonality with one relative weight per month.

use super::words;
use crate::app::ctx::{Ctx, Field};
use crate::app::widgets::card;
use crate::engine::time::periods::{Horizon, MONTHS_IN_YEAR};
use crate::state::edits::Edit;
use crate::state::Action;
use yew::prelude::*;

const HORIZONS: [(Horizon, &str); 3] =
    [(Horizon::Year, "year"), (Horizon::Quarter, "quarter"), (Horizon::Month, "month")];

pub fn calendar_inputs(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let periods = &ctx.state.plan.periods;
    let current = periods.horizon;
    let seasonal = periods.seasonality.is_some();
    let on_horizon = ctx.dispatch.reform(|e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        let horizon =
            HORIZONS.iter().find(|(_, code)| *code == select.value()).map_or(Horizon::Year, |h| h.0);
        Action::Edit(Edit::SetHorizon(horizon))
    });
    let on_season = ctx.dispatch.reform(move |_| Action::Edit(Edit::UseSeasonality(!seasonal)));
    let options = HORIZONS.iter().map(|(horizon, code)| {
        html! {
            <option value={*code} selected={*horizon == current}>{ words::horizon(lang, *horizon) }</option>
        }
    });
    let season_error = ctx.outcome.error_at("periods.seasonality").map(|r| lang.reason(r));
    let weights = (0..MONTHS_IN_YEAR)
        .map(|m| ctx.number(&format!("periods.seasonality.{m}"), words::month(lang, m), ""));
    html! {
        { card("fp-card fp-calendar", "fp-calendar-title", lang.pick("Calendrier", "Calendar"), html! {
            <>
                <div class="fp-field">
                    <label class="fp-field__label" for="fp-horizon">{ lang.pick("Période de l'objectif", "Goal period") }</label>
                    <select id="fp-horizon" class="fp-select fp-select--wide" onchange={on_horizon}
                        aria-describedby="fp-horizon-help">
                        { for options }
                    </select>
                    <p id="fp-horizon-help" class="fp-field__help">
                        { lang.pick(
                            "La période que couvre l'objectif ; elle commence toujours au mois 1 (janvier).",
                            "The period the goal covers; it always starts at month 1 (January).",
                        ) }
                    </p>
                </div>
                { ctx.fields(&[
                    Field { path: "periods.working_days_per_week", label: ["Jours ouvrés par semaine", "Working days per week"], help: ["Nombre entier de 1 à 7 ; sert au rythme par jour ouvré.", "Whole number from 1 to 7; sets the per-working-day pace."] },
                ]) }
                <label class="fp-check">
                    <input id="fp-seasonality" type="checkbox" checked={seasonal} onchange={on_season} />
                    { lang.pick("Saisonnalité (des mois plus chargés que d'autres)", "Seasonality (some months busier than others)") }
                </label>
                if seasonal {
                    <fieldset class="fp-season">
                        <legend class="fp-field__label">{ lang.pick("Poids de chaque mois", "Weight of each month") }</legend>
                        <p class="fp-field__help">
                            { lang.pick(
                                "Seuls les rapports comptent : 8 pour un mois calme, 12 pour un mois chargé, 0 pour un mois sans activité.",
                                "Only ratios matter: 8 for a quiet month, 12 for a busy one, 0 for a month with no activity.",
                            ) }
                        </p>
                        if let Some(error) = season_error {
                            <p class="fp-field__error" role="alert">{ error }</p>
                        }
                        <div class="fp-season__grid">{ for weights }</div>
                    </fieldset>
                }
            </>
        }) }
    }
}
