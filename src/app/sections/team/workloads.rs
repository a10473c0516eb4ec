//! Each sales stage's volume per productive rep (hires counted as they ramp), per month and
//! per week (report.workloads):
//! whole figures rounded up, the exact value in a tooltip (seed 003: "100 leads a month").

use crate::app::ctx::Ctx;
use crate::app::widgets::data_table;
use crate::sla_text::words::colon;
use yew::prelude::*;

pub fn workloads(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let Some(loads) = ctx.report().and_then(|r| r.workloads.as_ref()) else {
        return html! {
            <p class="fp-figure__how" id="fp-team-workloads-missing">
                { lang.pick("Aucun commercial en poste : ajoutez-en pour voir la charge de chacun.",
                    "No reps on the team: add some to see each one's workload.") }
            </p>
        };
    };
    let exact = lang.pick("valeur exacte", "exact value");
    let rows = loads.iter().map(|w| {
        html! {
            <tr>
                <th scope="row">{ &w.name }</th>
                <td><data value={w.per_month.to_string()} title={format!("{exact}{} {}", colon(lang), ctx.decimal(w.per_month, 2))}>
                    { ctx.count(w.per_month_whole) }</data></td>
                <td><data value={w.per_week.to_string()} title={format!("{exact}{} {}", colon(lang), ctx.decimal(w.per_week, 2))}>
                    { ctx.count(w.per_week_whole) }</data></td>
            </tr>
        }
    });
    html! {
        <div class="fp-team-workloads">
            <h3 class="fp-team-subtitle">{ lang.pick("Charge par commercial", "Workload per rep") }</h3>
            { data_table(lang.pick("Charge par commercial (défilable)", "Workload per rep (scrollable)"), Some("fp-team-workloads"), lang.pick("Volume que chaque commercial doit traiter, par étape des ventes",
                        "Volume each rep must handle, by sales stage"), &[(lang.pick("Étape", "Stage"), false), (lang.pick("Par mois", "Per month"), false), (lang.pick("Par semaine", "Per week"), false)], rows.collect()) }
            <p class="fp-figure__how">
                { lang.pick(
                    "Rythme de l'étape par mois ou par semaine ÷ commerciaux productifs en moyenne (recrues comptées selon leur montée en charge, comme pour la capacité et le SLA), arrondi au supérieur ; valeur exacte au survol.",
                    "The stage's pace per month or per week ÷ productive reps on average (hires counted as they ramp, as in capacity and the SLA), rounded up; exact value on hover.") }
            </p>
        </div>
    }
}
