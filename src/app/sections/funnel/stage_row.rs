//! One stage of the stage editor: name, owning team, rate to the next stage, days to close,
//! and move up / move down / remove buttons whose accessible names say which stage they act on.
//! After a structural edit the editor focuses the right control by its id (`fp-stage-{i}-…`).
//! A component with plain props: a keystroke re-renders the row typed in (and any whose
//! error or position changed), not the other rows of a plan with 200 stages.

use super::words;
use crate::app::ctx::{BoundNumber, BoundNumberProps, Ctx};
use crate::app::widgets::fill;
use crate::engine::funnel::Team;
use crate::i18n::Lang;
use crate::state::edits::Edit;
use crate::state::Action;
use yew::prelude::*;

fn action_label(lang: Lang, verb: (&'static str, &'static str), name: &str) -> String {
    fill(lang.pick("{} l'étape « {} »", "{} stage “{}”"), &[lang.pick(verb.0, verb.1), name])
}

#[derive(Properties, PartialEq)]
pub struct StageRowProps {
    pub index: usize,
    pub count: usize,
    pub lang: Lang,
    pub name: AttrValue,
    pub team: Team,
    pub name_error: Option<AttrValue>,
    /// "Stage 3 of 12", numbers formatted for the language.
    pub position: AttrValue,
    /// The rate and days-to-close fields (none for the last stage, the customer).
    pub fields: Option<(BoundNumberProps, BoundNumberProps)>,
    /// The app's dispatcher and the editor's callbacks: `on_move` gets `(from, to)`.
    pub dispatch: Callback<Action>,
    pub on_move: Callback<(usize, usize)>,
    pub on_remove: Callback<usize>,
}

/// The props of stage `i`, from the context (`None` past the last stage).
pub fn row_props(
    ctx: &Ctx,
    i: usize,
    on_move: &Callback<(usize, usize)>,
    on_remove: &Callback<usize>,
) -> Option<StageRowProps> {
    let lang = ctx.lang();
    let stages = &ctx.state.plan.funnel.stages;
    let stage = stages.get(i)?;
    let count = stages.len();
    let name_error =
        ctx.outcome.error_at(&format!("funnel.stages.{i}.name")).map(|r| AttrValue::from(lang.reason(r)));
    let position = fill(
        lang.pick("Étape {} sur {}", "Stage {} of {}"),
        &[&ctx.count(i as u64 + 1), &ctx.count(count as u64)],
    );
    let field = |path: String, label: (&'static str, &'static str), help: (&'static str, &'static str)| {
        ctx.field_props(&path, lang.pick(label.0, label.1).into(), lang.pick(help.0, help.1).into(), None)
    };
    let fields = (i + 1 < count).then(|| {
        (
            field(
                format!("funnel.stages.{i}.rate"),
                ("Taux vers l'étape suivante", "Rate to the next stage"),
                ("Part qui passe à l'étape suivante.", "Share reaching the next stage."),
            ),
            field(
                format!("cycle.days_to_close.{i}"),
                ("Jours avant signature", "Days to close"),
                (
                    "De cette étape au client signé ; 0 = sans délai.",
                    "From this stage to a signed customer; 0 = no delay.",
                ),
            ),
        )
    });
    Some(StageRowProps {
        index: i,
        count,
        lang,
        name: stage.name.clone().into(),
        team: stage.team,
        name_error,
        position: position.into(),
        fields,
        dispatch: ctx.dispatch.clone(),
        on_move: on_move.clone(),
        on_remove: on_remove.clone(),
    })
}

#[function_component(StageRow)]
pub fn stage_row(props: &StageRowProps) -> Html {
    let (lang, i, count) = (props.lang, props.index, props.count);
    let last = i + 1 == count;
    let id = |part: &str| format!("fp-stage-{i}-{part}");
    let on_name = props.dispatch.reform(move |e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        Action::Edit(Edit::RenameStage(i, input.value()))
    });
    let on_team = props.dispatch.reform(move |e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        let team = if select.value() == "sales" { Team::Sales } else { Team::Marketing };
        Action::Edit(Edit::SetStageTeam(i, team))
    });
    let on_up = props.on_move.reform(move |_: MouseEvent| (i, i.saturating_sub(1)));
    let on_down = props.on_move.reform(move |_: MouseEvent| (i, i + 1));
    let on_remove = props.on_remove.reform(move |_: MouseEvent| i);
    let name = props.name.as_str();
    let name_error = props.name_error.clone();
    let team_option = |team: Team, code: &'static str| {
        html! { <option value={code} selected={props.team == team}>{ words::team(lang, team) }</option> }
    };
    html! {
        <li class="fp-stage">
            <fieldset class="fp-stage__set">
                <legend class="fp-stage__legend">
                    { props.position.clone() }
                    if last {
                        { lang.pick(" · client", " · customer") }
                    }
                </legend>
                <div class="fp-stage__grid">
                    <div class="fp-field">
                        <label class="fp-field__label" for={id("name")}>{ lang.pick("Nom", "Name") }</label>
                        <input id={id("name")} class="fp-field__input fp-field__input--text" type="text"
                            value={props.name.clone()} oninput={on_name} autocomplete="off"
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
                    if let Some((rate, days)) = props.fields.clone() {
                        <BoundNumber ..rate />
                        <BoundNumber ..days />
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
