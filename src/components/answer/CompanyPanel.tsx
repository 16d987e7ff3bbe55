import './TargetPanel.css'
import { FORFAIT_JOURS_DAYS_PER_YEAR, formatEur, formatNumber } from '../../domain'
// Straight from its module, not the domain's index: only this lazy panel needs it, so it stays
// out of the first load.
import { companyView } from '../../domain/company'
import { useAnswerText } from '../../i18n/answer'
import type { AnswerPanelProps } from './panelProps'

/** The company's view: a part-time mission as a CDI (employer cost), a freelance or portage. */
export function CompanyPanel({ t, inputs, results, social, field }: AnswerPanelProps) {
  const c = { ...t.answer.company, ...useAnswerText().company }
  const { view } = social
  const employerCost = view.result?.results.cdi.employerCostEurPerYear
  const mission =
    employerCost === undefined
      ? null
      : companyView({
          missionDaysPerWeek: inputs.missionDaysPerWeek,
          workingDays: results.calendar.workingDays,
          paidLeaveDays: inputs.paidLeaveDays,
          tjmEurPerDay: results.tjmEurPerDay,
          cdiEmployerCostEurPerYear: employerCost,
        })

  return (
    <section className="card company" aria-labelledby="company-heading">
      <h2 id="company-heading">{c.heading}</h2>
      <p className="muted">{c.intro}</p>
      {field('missionDaysPerWeek', c.daysPerWeek)}
      {mission === null || employerCost === undefined ? (
        // The net panel says why and offers "Réessayer" when the model failed.
        <p className="muted">{view.error ? t.net.failed : t.net.loading}</p>
      ) : (
        <>
          <p data-testid="mission-days">
            {c.missionDays(formatNumber(Math.round(mission.missionDaysPerYear * 10) / 10))}
          </p>
          <table className="target-table" data-testid="company-table">
            <caption className="visually-hidden">{c.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{c.option}</th>
                <th scope="col">{c.perYear}</th>
                <th scope="col">{c.perDay}</th>
              </tr>
            </thead>
            <tbody>
              <tr data-option="cdi">
                <th scope="row">
                  <span className="swatch status-cdi" aria-hidden="true" /> {c.cdi}
                </th>
                <td data-testid="company-cdi-year">{formatEur(mission.cdiCostEurPerYear)}</td>
                <td data-testid="company-cdi-day">{formatEur(mission.cdiCostEurPerDay)}</td>
              </tr>
              <tr data-option="freelance">
                <th scope="row">
                  <span className="swatch status-micro" aria-hidden="true" /> {c.freelance}
                </th>
                <td>{formatEur(mission.freelanceCostEurPerYear)}</td>
                <td>{formatEur(results.tjmEurPerDay)}</td>
              </tr>
              <tr data-option="portage">
                <th scope="row">
                  <span className="swatch status-portage" aria-hidden="true" /> {c.portage}
                </th>
                <td>{formatEur(mission.freelanceCostEurPerYear)}</td>
                <td>{formatEur(results.tjmEurPerDay)}</td>
              </tr>
            </tbody>
          </table>
          <p className="company-answer" data-testid="company-answer">
            <strong>
              {mission.cheaper === 'freelance'
                ? c.cheaperFreelance(formatEur(mission.savingEurPerYear))
                : c.cheaperCdi(formatEur(mission.savingEurPerYear))}
            </strong>
          </p>
          <p className="note" data-testid="company-employer-cost">
            {c.cdiNote(formatNumber(FORFAIT_JOURS_DAYS_PER_YEAR))}{' '}
            {c.fullTime(formatEur(employerCost))}
          </p>
          <p className="note">{c.vatNote}</p>
        </>
      )}
    </section>
  )
}
