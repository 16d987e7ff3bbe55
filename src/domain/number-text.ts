import { getNumberLocale } from './format'
import type { NumberLimits } from './inputs'

export type NumberReading =
  | { ok: true; value: number }
  | { ok: false; reason: 'empty' | 'notNumber' | 'notInteger' | 'notStep' | 'range' }

/** Digits with one decimal separator, comma or point: `97193`, `12,5`, `12.5`, `-3`. */
const NUMBER = /^[-+]?\d+([.,]\d*)?$/

/**
 * Reads what a person typed as a number within `limits`. In French, spaces group thousands and the
 * decimal separator is a comma or a point; in English, commas group thousands (`104,410`), a point
 * is decimal, and so is a comma before one or two digits (`12,5`, typed by habit); a comma before
 * four digits or more is refused. A euro sign before or after is ignored.
 * @example readNumber('12,5', { min: 0, max: 50, integer: false }) // { ok: true, value: 12.5 }
 */
export function readNumber(text: string, limits: NumberLimits): NumberReading {
  const spaced = text.replace(/[\s\u00a0\u202f]/g, '').replace(/^€|€$/, '')
  const english = getNumberLocale() === 'en'
  const compact = english ? spaced.replace(/,(?=\d{3}(\D|$))/g, '') : spaced
  if (compact === '') return { ok: false, reason: 'empty' }
  // In English a comma before four digits or more is neither a grouping nor a decimal comma typed
  // by habit: "1,0000" may mean 10 000 or 1, so it is refused rather than guessed.
  if (english && /,\d{4}/.test(compact)) return { ok: false, reason: 'notNumber' }
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

/** Writes a number as a person types it: no thousands separator, a comma decimal in French. */
export function writeNumber(value: number): string {
  if (!Number.isFinite(value)) return ''
  const text = String(Math.round(value * 1e6) / 1e6)
  return getNumberLocale() === 'fr' ? text.replace('.', ',') : text
}
