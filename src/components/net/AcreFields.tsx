import { useEffect, useId, useState } from 'react'
import { CREATION_DATES, readCreationDate } from '../../domain'
import { useAcreText } from '../../i18n/acre'
import type { useCalculator } from '../../store'
import type { Glossary } from '../Glossary'
import type { InputSwitch } from '../InputField'
import type { reportInvalid } from '../invalidFields'

/**
 * The page's parts, given by the net panel: importing them here would split them out of the first
 * load into a chunk shared with this lazy one (see CompanyPayPanelParts).
 */
export type AcreFieldsParts = {
  Glossary: typeof Glossary
  InputSwitch: typeof InputSwitch
  useCalculator: typeof useCalculator
  reportInvalid: typeof reportInvalid
}

/**
 * ACRE: the option, the creation date it depends on (a day of the model's year, kept as typed
 * while it is not one, the figures then marked out of date), who may ask for it, and what the
 * model does with it.
 */
export function AcreFields({ parts }: { parts: AcreFieldsParts }) {
  const { Glossary, InputSwitch, useCalculator, reportInvalid } = parts
  const a = useAcreText()
  const acre = useCalculator((s) => s.inputs.acre)
  const creationDate = useCalculator((s) => s.inputs.creationDate)
  const setInput = useCalculator((s) => s.setInput)
  const id = useId()
  const [draft, setDraft] = useState(creationDate)
  // Follow changes made elsewhere (reset, link, a scenario opened).
  useEffect(() => setDraft(creationDate), [creationDate])
  const reading = readCreationDate(draft)
  const invalid = acre && !reading.ok
  useEffect(() => {
    reportInvalid(id, invalid)
    return () => reportInvalid(id, false)
  }, [id, invalid, reportInvalid])
  const error = reading.ok ? null : a.errors[reading.reason]

  return (
    <div className="acre" data-testid="acre">
      <InputSwitch field="acre" label={a.label} />
      <Glossary terms={['acre']} />
      {acre && (
        <>
          <div className="field">
            <label htmlFor={id}>{a.date}</label>
            <div className="field-row">
              <input
                id={id}
                type="date"
                min={CREATION_DATES.min}
                max={CREATION_DATES.max}
                value={draft}
                aria-invalid={error ? true : undefined}
                aria-describedby={`${error ? `${id}-error ` : ''}${id}-hint`}
                onChange={(e) => {
                  const text = e.target.value
                  setDraft(text)
                  const read = readCreationDate(text)
                  if (read.ok && read.value !== creationDate) setInput('creationDate', read.value)
                }}
              />
            </div>
            {error && (
              <p id={`${id}-error`} className="field-error" role="alert">
                {error}
              </p>
            )}
            <p id={`${id}-hint`} className="field-hint">
              {a.dateHint}
            </p>
          </div>
          <p className="note">{a.eligibility}</p>
          <p className="note">
            {a.effect} {a.after}
          </p>
          <p className="note">
            <a href={a.sourceUrl} rel="noopener noreferrer" target="_blank">
              {a.source}
            </a>
          </p>
        </>
      )}
    </div>
  )
}
