import { formatEur, formatEurCents, formatNumber, LIMITS } from '../domain'
import { useCalculator } from '../store'
import { InputNumber } from './InputField'
import { NumberField } from './NumberField'
import { fr } from './text'
import { useResults } from './useResults'

/** The four inputs that drive the calculator. */
export function InputsPanel() {
  const setInput = useCalculator((s) => s.setInput)
  const { inputs, dataset, results } = useResults()
  const { salary } = dataset

  return (
    <section className="card inputs" aria-labelledby="inputs-heading">
      <h2 id="inputs-heading">{fr.inputs.heading}</h2>
      <InputNumber
        field="experienceYears"
        label={fr.inputs.experience}
        hint={fr.inputs.experienceHint}
      />
      <input
        className="slider"
        type="range"
        aria-label={fr.inputs.experienceSlider}
        min={LIMITS.experienceYears.min}
        max={LIMITS.experienceYears.max}
        step={0.1}
        value={inputs.experienceYears}
        onChange={(e) => setInput('experienceYears', Number(e.target.value))}
      />
      <NumberField
        label={fr.inputs.tjm}
        value={results.tjmEurPerDay}
        limits={LIMITS.tjmEurPerDay}
        onValue={(v) => setInput('tjmEurPerDay', v)}
        hint={
          results.tjmFollowsBand
            ? fr.inputs.tjmFollowsBand
            : `${fr.inputs.tjmOverridden} Tranche : ${formatEurCents(results.band.midpointEurPerDay)}.`
        }
      >
        <button
          type="button"
          className="link-button"
          disabled={results.tjmFollowsBand}
          onClick={() => setInput('tjmEurPerDay', null)}
        >
          {fr.inputs.tjmReset}
        </button>
      </NumberField>
      <NumberField
        label={fr.inputs.days}
        value={results.days}
        limits={LIMITS.billableDays}
        onValue={(v) => setInput('billableDays', v)}
        hint={
          results.daysFollowCalendar
            ? fr.inputs.daysFollowCalendar
            : `${fr.inputs.daysOverridden} Calendrier : ${formatNumber(results.calendar.billableDays)} jours.`
        }
      >
        <button
          type="button"
          className="link-button"
          disabled={results.daysFollowCalendar}
          onClick={() => setInput('billableDays', null)}
        >
          {fr.inputs.daysReset}
        </button>
      </NumberField>
      <InputNumber
        field="salaryGrossEurPerYear"
        label={fr.inputs.salary}
        hint={
          <>
            {fr.inputs.salaryRange(
              formatEur(salary.minEur),
              formatEur(salary.meanEur),
              formatEur(salary.maxEur),
            )}
            {!results.salaryInGlassdoorRange && (
              <strong className="note-outside"> {fr.inputs.salaryOutside}</strong>
            )}
          </>
        }
      />
    </section>
  )
}
