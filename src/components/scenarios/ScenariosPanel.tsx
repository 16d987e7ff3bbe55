import './ScenariosPanel.css'
import { useEffect, useId, useRef, useState } from 'react'
import { freeScenarioName, MAX_SCENARIO_NAME_LENGTH, MAX_SCENARIOS } from '../../domain/scenarios'
import type { Catalogue } from '../../i18n'
import { useAnswerText } from '../../i18n/answer'
import { useCalculator } from '../../store'
import { decodeComparison, dropComparisonFromAddress } from '../../store/scenario-link'
import { followOtherTabsScenarios, type SaveOutcome, useScenarios } from '../../store/scenarios'
import { useAnyInvalid } from '../invalidFields'
import { useResults } from '../useResults'
import { Comparison, ComparisonLink } from './Comparison'

/** A comparison link's scenarios, read once per page (the address keeps them until closed). */
function readShared(year: number) {
  return decodeComparison(window.location.search, year)
}

/**
 * "Scénarios côte à côte": the current inputs saved under a name (up to four, in this browser),
 * opened again or removed, and compared side by side — the inputs that differ, the turnover, every
 * status's net after tax and which leaves the most — with a link and a CSV of the comparison. A
 * comparison link shows its scenarios here, to keep or to close.
 */
export function ScenariosPanel({ t }: { t: Catalogue }) {
  const s = { ...t.answer.scenarios, ...useAnswerText().scenarios }
  const { inputs } = useResults()
  const { saved, unreadable, save, remove } = useScenarios()
  const openInputs = useCalculator((state) => state.openInputs)
  const [shared, setShared] = useState(() => readShared(inputs.year))
  const [comparing, setComparing] = useState(false)
  const [status, setStatus] = useState('')

  const stale = useAnyInvalid()
  useEffect(followOtherTabsScenarios, [])
  // A button that disappears (the received comparison's, a removed scenario's) leaves the focus
  // on the section's heading, not at the top of the page.
  const heading = useRef<HTMLHeadingElement>(null)
  const refocus = () => heading.current?.focus()

  const close = () => {
    dropComparisonFromAddress()
    setShared({ scenarios: [], problems: [] })
    refocus()
  }
  // A received scenario never replaces one of the same name kept here; the comparison stays on
  // screen until every scenario is kept, so that nothing of it is lost.
  const keep = () => {
    const outcomes = shared.scenarios.map((x) => save(x.name, x.inputs, false))
    const kept = outcomes.filter((o) => o === 'saved').length
    if (kept === shared.scenarios.length) {
      setStatus(s.shared.kept(kept))
      close()
      setComparing(true)
    } else {
      setStatus(`${s.shared.kept(kept)} ${s.shared.notAllKept(String(MAX_SCENARIOS))}`)
      setShared((x) => ({
        ...x,
        scenarios: x.scenarios.filter((_, i) => outcomes[i] !== 'saved'),
      }))
    }
  }
  const dropped = shared.problems.filter((p) => p.name === null || p.fields.length === 0).length

  return (
    <section className="card scenarios" aria-labelledby="scenarios-heading">
      <h2 id="scenarios-heading" ref={heading} tabIndex={-1}>
        {s.heading}
      </h2>
      {shared.scenarios.length > 0 && (
        <div className="scenarios-shared" data-testid="shared-comparison">
          <h3>{s.shared.heading}</h3>
          <p>{s.shared.intro(shared.scenarios.length)}</p>
          {dropped > 0 && <p className="note">{s.shared.dropped(dropped)}</p>}
          {shared.problems.map(
            (p) =>
              p.name !== null &&
              p.fields.length > 0 && (
                <p key={p.name} className="note">
                  {s.shared.partly(p.name, p.fields.join(', '))}
                </p>
              ),
          )}
          <Comparison t={t} s={s} scenarios={shared.scenarios} caption={s.sharedCaption} />
          <div className="scenarios-actions">
            <button type="button" onClick={keep}>
              {s.shared.keep}
            </button>
            <button type="button" className="secondary" onClick={close}>
              {s.shared.close}
            </button>
          </div>
        </div>
      )}
      <p className="muted">{s.intro}</p>
      <SaveForm
        s={s}
        suggested={freeScenarioName(
          saved.map((x) => x.name),
          s.suggested,
        )}
        onSave={(name) => {
          // The inputs kept are the last valid ones: saving them under a field's invalid text
          // would keep what the person does not see.
          if (stale) {
            setStatus(s.stale)
            return 'stale'
          }
          const outcome = save(name, inputs)
          if (outcome !== 'badName') setStatus(outcomeText(s, outcome, name.trim()))
          return outcome
        }}
      />
      {unreadable > 0 && <p className="note">{s.unreadable(unreadable)}</p>}
      <h3>{s.list}</h3>
      {saved.length === 0 ? (
        <p className="muted">{s.none}</p>
      ) : (
        <ul className="scenarios-list" data-testid="scenarios-list">
          {saved.map((scenario) => (
            <li key={scenario.name}>
              <span className="scenario-name">{scenario.name}</span>
              <button
                type="button"
                className="secondary"
                aria-label={s.openOf(scenario.name)}
                onClick={() => {
                  openInputs(scenario.inputs)
                  setStatus(s.opened(scenario.name))
                }}
              >
                {s.open}
              </button>
              <button
                type="button"
                className="secondary"
                aria-label={s.removeOf(scenario.name)}
                onClick={() => {
                  remove(scenario.name)
                  setStatus(s.removed(scenario.name))
                  refocus()
                }}
              >
                {s.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="scenarios-status" role="status">
        {status}
      </p>
      {saved.length < 2 ? (
        <p className="muted">{s.needsTwo}</p>
      ) : (
        <>
          <button type="button" aria-expanded={comparing} onClick={() => setComparing((c) => !c)}>
            {comparing ? s.hide : s.compare}
          </button>
          {comparing && (
            <>
              <Comparison t={t} s={s} scenarios={saved} caption={s.caption} />
              <ComparisonLink s={s} scenarios={saved} />
            </>
          )}
        </>
      )}
    </section>
  )
}

/** The scenarios panel's texts: its heading from the first-load catalogue, the rest lazy. */
export type ScenarioText = Catalogue['answer']['scenarios'] &
  ReturnType<typeof useAnswerText>['scenarios']

function outcomeText(s: ScenarioText, outcome: Exclude<SaveOutcome, 'badName'>, name: string) {
  if (outcome === 'full') return s.full(String(MAX_SCENARIOS))
  return outcome === 'saved' ? s.saved(name) : s.replaced(name)
}

/** The name field and its button; a name refused is said by the field. */
function SaveForm({
  s,
  suggested,
  onSave,
}: {
  s: ScenarioText
  /** The name saved when the field is left empty: one no scenario has. */
  suggested: string
  onSave: (name: string) => SaveOutcome | 'stale'
}) {
  const id = useId()
  const [name, setName] = useState('')
  const [invalid, setInvalid] = useState(false)
  return (
    <form
      className="scenarios-save"
      onSubmit={(event) => {
        event.preventDefault()
        const outcome = onSave(name === '' ? suggested : name)
        setInvalid(outcome === 'badName')
        if (outcome === 'saved' || outcome === 'replaced') setName('')
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-name`}>{s.name}</label>
        <div className="field-row">
          <input
            id={`${id}-name`}
            type="text"
            value={name}
            placeholder={suggested}
            maxLength={MAX_SCENARIO_NAME_LENGTH + 20}
            aria-invalid={invalid}
            aria-describedby={`${id}-hint`}
            onChange={(event) => {
              setName(event.target.value)
              setInvalid(false)
            }}
          />
          <button type="submit">{s.save}</button>
        </div>
        <p id={`${id}-hint`} className={invalid ? 'field-error' : 'field-hint'}>
          {invalid
            ? s.badName(String(MAX_SCENARIO_NAME_LENGTH))
            : s.nameHint(String(MAX_SCENARIO_NAME_LENGTH))}
        </p>
      </div>
    </form>
  )
}
