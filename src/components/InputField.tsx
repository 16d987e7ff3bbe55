import './InputField.css'
import type { ReactNode } from 'react'
import { type InputKey, type Inputs, LIMITS } from '../domain'
import { useCalculator } from '../store'
import { NumberField } from './NumberField'

/** Inputs that always hold a number (not the TJM and days, which may follow the band and calendar). */
type NumberKey = { [K in InputKey]: Inputs[K] extends number ? K : never }[InputKey]
/** Inputs that are yes / no switches. */
type BooleanKey = { [K in InputKey]: Inputs[K] extends boolean ? K : never }[InputKey]

type NumberProps = { field: NumberKey; label: string; hint?: ReactNode }

/** A number field bound to one input of the store, with that input's limits. */
export function InputNumber({ field, label, hint }: NumberProps) {
  const value = useCalculator((s) => s.inputs[field])
  const setInput = useCalculator((s) => s.setInput)
  return (
    <NumberField
      label={label}
      value={value}
      limits={LIMITS[field]}
      onValue={(v) => setInput(field, v)}
      hint={hint}
    />
  )
}

/** A labelled checkbox bound to one yes / no input of the store. */
export function InputSwitch({ field, label }: { field: BooleanKey; label: string }) {
  const checked = useCalculator((s) => s.inputs[field])
  const setInput = useCalculator((s) => s.setInput)
  return (
    <label className="switch">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => setInput(field, e.target.checked)}
      />
      <span>{label}</span>
    </label>
  )
}
