import './NumberField.css'
import { type ReactNode, useEffect, useId, useRef, useState } from 'react'
import { formatNumber, type NumberLimits, readNumber, writeNumber } from '../domain'
import { useText } from '../i18n'
import { reportInvalid } from './invalidFields'

type Props = {
  label: string
  value: number
  limits: NumberLimits
  onValue: (value: number) => void
  /** A line under the field, such as where the value comes from. */
  hint?: ReactNode
  /** Controls beside the field, such as a reset button. */
  children?: ReactNode
  className?: string
  /** A check beyond the limits (another field's value): a French message refuses the value. */
  check?: (value: number) => string | null
}

/**
 * A labelled number field that keeps what the person types: invalid text shows a message under
 * the field and never reaches the store, so the results keep their last valid values.
 */
export function NumberField({
  label,
  value,
  limits,
  onValue,
  hint,
  children,
  className,
  check,
}: Props) {
  const t = useText()
  const id = useId()
  const [draft, setDraft] = useState(() => writeNumber(value))
  const reading = readNumber(draft, limits)

  // Follow changes made elsewhere (reset, slider, link) unless the draft already says the same;
  // while the person is typing in the field, once they leave it, so that an answer arriving
  // meanwhile (a value the field shows by default, computed by the worker) never rewrites their
  // text under the cursor.
  const input = useRef<HTMLInputElement>(null)
  const followLater = useRef(false)
  useEffect(() => {
    followLater.current = input.current !== null && input.current === document.activeElement
    if (!followLater.current) setDraft((current) => followed(current, value, limits))
  }, [value, limits])

  const checked = reading.ok ? (check?.(reading.value) ?? null) : null
  // The page marks its results out of date while this field holds an invalid value, whether its
  // text is unreadable or another field's value refuses it.
  const invalid = !reading.ok || checked !== null
  useEffect(() => {
    reportInvalid(id, invalid)
    return () => reportInvalid(id, false)
  }, [id, invalid])

  // Bounds written as the field writes values when told (a year: 2026, not 2 026).
  const bound = limits.ungrouped ? writeNumber : formatNumber
  const error = reading.ok
    ? checked
    : reading.reason === 'range'
      ? t.errors.range(bound(limits.min), bound(limits.max))
      : reading.reason === 'notStep'
        ? t.errors.step(formatNumber(limits.step))
        : t.errors[reading.reason]
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null]
    .filter(Boolean)
    .join(' ')

  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <div className="field-row">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          ref={input}
          value={draft}
          onBlur={() => {
            if (followLater.current) setDraft((current) => followed(current, value, limits))
            followLater.current = false
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(e) => {
            const text = e.target.value
            setDraft(text)
            const r = readNumber(text, limits)
            if (r.ok && r.value !== value && !check?.(r.value)) onValue(r.value)
          }}
        />
        {children}
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  )
}

/** The draft once the field's value has changed elsewhere: kept if it already says the same. */
function followed(draft: string, value: number, limits: NumberLimits): string {
  const r = readNumber(draft, limits)
  return r.ok && r.value === value ? draft : writeNumber(value)
}
