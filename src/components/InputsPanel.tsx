import './InputsPanel.css'
import { formatEur, formatEurCents, formatNumber, LIMITS } from '../domain'
import { useText } from '../i18n'
import { useCalculator } from '../store'
import { InputNumber } from './InputField'
import { NumberField } from './NumberField'
import { useResults } from './useResults'

/** The four inputs that drive the calculator. */
export function InputsPanel() {
  const t = useText()
  const setInput = useCalculator((s) => s.setInput)
  const { inputs, dataset, results } = useResults()
  const { salary } = dataset

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
          results.tjmFollowsBand
            ? t.inputs.tjmFollowsBand
            : `${t.inputs.tjmOverridden} ${t.inputs.tjmOfBand(formatEurCents(results.band.midpointEurPerDay))}`
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
      <NumberField
        label={t.inputs.days}
        value={results.days}
        limits={LIMITS.billableDays}
        onValue={(v) => setInput('billableDays', v)}
        hint={
          results.daysFollowCalendar
            ? t.inputs.daysFollowCalendar
            : `${t.inputs.daysOverridden} ${t.inputs.daysOfCalendar(formatNumber(results.calendar.billableDays))}`
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
          </>
        }
      />
    </section>
  )
}
