import './InputsPanel.css'
import { formatEur, formatEurCents, formatNumber, LIMITS } from '../domain'
import { useText } from '../i18n'
import { useCalculator } from '../store'
import { Glossary } from './Glossary'
import { InputNumber } from './InputField'
import { NumberField } from './NumberField'
import { useResults } from './useResults'

/** The first inputs: experience, TJM and billable days (the rest fold away on a phone). */
export function InputsPanel() {
  const t = useText()
  const setInput = useCalculator((s) => s.setInput)
  const { inputs, results } = useResults()

  return (
    <section className="card inputs" aria-labelledby="inputs-heading">
      <h2 id="inputs-heading">{t.inputs.heading}</h2>
      <InputNumber
        field="experienceYears"
        label={t.inputs.experience}
        hint={t.inputs.experienceHint}
      />
      <input
        className="slider"
        type="range"
        aria-label={t.inputs.experienceSlider}
        min={LIMITS.experienceYears.min}
        max={LIMITS.experienceYears.max}
        step={0.1}
        value={inputs.experienceYears}
        onChange={(e) => setInput('experienceYears', Number(e.target.value))}
      />
      <NumberField
        label={t.inputs.tjm}
        value={results.tjmEurPerDay}
        limits={LIMITS.tjmEurPerDay}
        onValue={(v) => setInput('tjmEurPerDay', v)}
        hint={
          <>
            {results.tjmFollowsBand
              ? t.inputs.tjmFollowsBand
              : `${t.inputs.tjmOverridden} ${t.inputs.tjmOfBand(formatEurCents(results.band.midpointEurPerDay))}`}
            {results.plausibility.tjmFarAboveBand && (
              <strong className="note-outside" data-testid="tjm-implausible">
                {' '}
                {t.honest.plausibility.tjm(formatEur(results.band.rate.max))}
              </strong>
            )}
          </>
        }
      >
        <button
          type="button"
          className="link-button"
          disabled={results.tjmFollowsBand}
          onClick={() => setInput('tjmEurPerDay', null)}
        >
          {t.inputs.tjmReset}
        </button>
      </NumberField>
      <Glossary terms={['tjm']} />
      <NumberField
        label={t.inputs.days}
        value={results.days}
        limits={LIMITS.billableDays}
        onValue={(v) => setInput('billableDays', v)}
        hint={
          <>
            {results.daysFollowCalendar
              ? t.inputs.daysFollowCalendar
              : `${t.inputs.daysOverridden} ${t.inputs.daysOfCalendar(formatNumber(results.calendar.billableDays))}`}
            {results.plausibility.daysAboveWorkingDays && (
              <strong className="note-outside" data-testid="days-implausible">
                {' '}
                {t.honest.plausibility.days(
                  formatNumber(results.calendar.workingDays),
                  String(results.calendar.year),
                )}
              </strong>
            )}
          </>
        }
      >
        <button
          type="button"
          className="link-button"
          disabled={results.daysFollowCalendar}
          onClick={() => setInput('billableDays', null)}
        >
          {t.inputs.daysReset}
        </button>
      </NumberField>
    </section>
  )
}

/** The CDI's gross salary, with the Glassdoor range it is compared with. */
export function SalaryField() {
  const t = useText()
  const { dataset, results } = useResults()
  const { salary } = dataset
  return (
    <InputNumber
      field="salaryGrossEurPerYear"
      label={t.inputs.salary}
      hint={
        <>
          {t.inputs.salaryRange(
            formatEur(salary.minEur),
            formatEur(salary.meanEur),
            formatEur(salary.maxEur),
          )}
          {!results.salaryInGlassdoorRange && (
            <strong className="note-outside"> {t.inputs.salaryOutside}</strong>
          )}
          {results.plausibility.salaryFarAboveMax && (
            <strong className="note-outside" data-testid="salary-implausible">
              {' '}
              {t.honest.plausibility.salary(formatEur(salary.maxEur))}
            </strong>
          )}
        </>
      }
    />
  )
}
