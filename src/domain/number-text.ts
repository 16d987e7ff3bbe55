import type { NumberLimits } from './inputs'

export type NumberReading =
  | { ok: true; value: number }
  | { ok: false; reason: 'empty' | 'notNumber' | 'notInteger' | 'notStep' | 'range' }

/** Digits with French or English separators: `97 193`, `12,5`, `12.5`, `-3`. */
const NUMBER = /^[-+]?\d+([.,]\d*)?$/

/**
 * Reads what a person typed as a number within `limits`, accepting French writing (comma decimal,
 * spaces between thousands).
 * @example readNumber('12,5', { min: 0, max: 50, integer: false }) // { ok: true, value: 12.5 }
 */
export function readNumber(text: string, limits: NumberLimits): NumberReading {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/€$/, '')
  if (compact === '') return { ok: false, reason: 'empty' }
  if (!NUMBER.test(compact)) return { ok: false, reason: 'notNumber' }
  // `+ 0` turns a typed "-0" into 0, which the page would otherwise show as "-0 €".
  const value = Number(compact.replace(',', '.')) + 0
  if (!Number.isFinite(value)) return { ok: false, reason: 'notNumber' }
  if (limits.integer && !Number.isInteger(value)) return { ok: false, reason: 'notInteger' }
  if (value < limits.min || value > limits.max) return { ok: false, reason: 'range' }
  if (limits.step !== undefined && !Number.isInteger(value / limits.step)) {
    return { ok: false, reason: 'notStep' }
  }
  return { ok: true, value }
}

/** Writes a number as a person types it in French: comma decimal, no thousands separator. */
export function writeNumber(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 1e6) / 1e6).replace('.', ',') : ''
}
