//! One stage of the stage editor: name, owning team, rate to the next stage, days to close,
//! and move up / move down / remove buttons whose accessible names say which stage they act on.
//! After a structural edit the editor focuses the right control by its id (`fp-stage-{i}-…`).

use super::words;
use crate::app::ctx::Ctx;
use crate::app::widgets::fill;
use crate::engine::funnel::Team;
use crate::i18n::Lang;
use crate::state::edits::Edit;
use crate::state::Action;
use yew::prelude::*;

fn action_label(lang: Lang, verb: (&'static str, &'static str), name: &str) -> String {
    fill(lang.pick("{} l'étape « {} »", "{} stage “{}”"), &[lang.pick(verb.0, verb.1), name])
}

/// Stage `i`; `on_move` gets `(from, to)` to move it one place.
pub fn stage_row(
    ctx: &Ctx,
    i: usize,
    on_move: &Callback<(usize, usize)>,
    on_remove: &Callback<usize>,
) -> Html {
    let lang = ctx.lang();
    let stages = &ctx.state.plan.funnel.stages;
    let Some(stage) = stages.get(i) else { return html! {} };
    let count = stages.len();
    let last = i + 1 == count;
    let id = |part: &str| format!("fp-stage-{i}-{part}");
    let on_name = ctx.dispatch.reform(move |e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        Action::Edit(Edit::RenameStage(i, input.value()))
    });
    let on_team = ctx.dispatch.reform(move |e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        let team = if select.value() == "sales" { Team::Sales } else { Team::Marketing };
        Action::Edit(Edit::SetStageTeam(i, team))
    });
    let on_up = on_move.reform(move |_: MouseEvent| (i, i.saturating_sub(1)));
    let on_down = on_move.reform(move |_: MouseEvent| (i, i + 1));
    let on_remove = on_remove.reform(move |_: MouseEvent| i);
    let name = stage.name.as_str();
    let name_error = ctx.outcome.error_at(&format!("funnel.stages.{i}.name")).map(|r| lang.reason(r));
    let team_option = |team: Team, code: &'static str| {
        html! { <option value={code} selected={stage.team == team}>{ words::team(lang, team) }</option> }
    };
    let position = fill(
        lang.pick("Étape {} sur {}", "Stage {} of {}"),
        &[&ctx.count(i as u64 + 1), &ctx.count(count as u64)],
    );
    html! {
        <li class="fp-stage">
            <fieldset class="fp-stage__set">
                <legend class="fp-stage__legend">
                    { position }
                    if last {
                        { lang.pick(" · client", " · customer") }
                    }
                </legend>
                <div class="fp-stage__grid">
                    <div class="fp-field">
                        <label class="fp-field__label" for={id("name")}>{ lang.pick("Nom", "Name") }</label>
                        <input id={id("name")} class="fp-field__input fp-field__input--text" type="text"
                            value={stage.name.clone()} oninput={on_name} autocomplete="off"
                            aria-invalid={name_error.is_some().then_some("true")}
                            aria-describedby={name_error.is_some().then(|| id("name-error"))} />
                        if let Some(error) = name_error {
                            <p id={id("name-error")} class="fp-field__error">{ error }</p>
                        }
                    </div>
                    <div class="fp-field">
                        <label class="fp-field__label" for={id("team")}>{ lang.pick("Équipe", "Team") }</label>
                        <select id={id("team")} class="fp-select fp-select--wide" onchange={on_team}>
                            { team_option(Team::Marketing, "marketing") }
                            { team_option(Team::Sales, "sales") }
                        </select>
                    </div>
                    if !last {
                        { ctx.number(
                            &format!("funnel.stages.{i}.rate"),
                            lang.pick("Taux vers l'étape suivante", "Rate to the next stage"),
                            lang.pick("Part qui passe à l'étape suivante.", "Share reaching the next stage."),
                        ) }
                        { ctx.number(
                            &format!("cycle.days_to_close.{i}"),
                            lang.pick("Jours avant signature", "Days to close"),
                            lang.pick("De cette étape au client signé ; 0 = sans délai.", "From this stage to a signed customer; 0 = no delay."),
                        ) }
                    }
                </div>
                <div class="fp-stage__actions">
                    <button type="button" id={id("up")} class="fp-btn fp-btn--ghost fp-btn--icon" disabled={i == 0}
                        aria-label={action_label(lang, ("Monter", "Move up"), name)} onclick={on_up}>
                        <span aria-hidden="true">{ "↑" }</span>
                    </button>
                    <button type="button" id={id("down")} class="fp-btn fp-btn--ghost fp-btn--icon" disabled={last}
                        aria-label={action_label(lang, ("Descendre", "Move down"), name)} onclick={on_down}>
                        <span aria-hidden="true">{ "↓" }</span>
                    </button>
                    <button type="button" id={id("remove")} class="fp-btn fp-btn--ghost" disabled={count <= 2}
                        aria-label={action_label(lang, ("Supprimer", "Remove"), name)} onclick={on_remove}>
                        { lang.pick("Supprimer", "Remove") }
                    </button>
                </div>
            </fieldset>
        </li>
    }
}
