// ACRE (aide à la création ou à la reprise d'entreprise): the creation date it depends on, as
// the page and the social model (in its worker) read it. A leaf module, like ./company-pay.ts.
import { z } from './zod'

/** The year whose rules the social model holds (modele-social 11.1.0: rules of 2026). */
export const MODEL_YEAR = 2026

/**
 * The creation dates accepted: days of the model's year. ACRE lasts the first 12 months of
 * activity, which the page models as one full year of billed days under the model's rules; a
 * company created earlier is past its first year (or shares it with rules the model lacks).
 */
export const CREATION_DATES = { min: `${MODEL_YEAR}-01-01`, max: `${MODEL_YEAR}-12-31` } as const

/** The creation date the page starts with: the first day of the model's year. */
export const DEFAULT_CREATION_DATE = CREATION_DATES.min

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** Why a creation date is refused: not a real day written YYYY-MM-DD, or outside CREATION_DATES. */
export type CreationDateProblem = 'format' | 'range'

/** Reads a creation date written YYYY-MM-DD (as a date field gives it): a real day of the model's year. */
export function readCreationDate(
  text: string,
): { ok: true; value: string } | { ok: false; reason: CreationDateProblem } {
  const match = ISO_DAY.exec(text)
  if (match === null) return { ok: false, reason: 'format' }
  const [year, month, day] = [match[1], match[2], match[3]].map(Number) as [number, number, number]
  // The month's length in a year of the same leap kind (Date.UTC reads years 0–99 as 1900–1999).
  const monthDays = new Date(Date.UTC(2000 + (year % 400), month, 0)).getUTCDate()
  const real = month >= 1 && month <= 12 && day >= 1 && day <= monthDays
  if (!real) return { ok: false, reason: 'format' }
  if (text < CREATION_DATES.min || text > CREATION_DATES.max) return { ok: false, reason: 'range' }
  return { ok: true, value: text }
}

/** A creation date: a real day of the model's year, written YYYY-MM-DD. */
export const CreationDateSchema = z.string({ error: 'must be a text' }).check(
  z.refine((text) => readCreationDate(text).ok, {
    error: `must be a day from ${CREATION_DATES.min} to ${CREATION_DATES.max} (YYYY-MM-DD)`,
  }),
)

/** A creation date as modele-social writes dates: "2026-03-01" → "01/03/2026". */
export function modelDate(iso: string): string {
  const [year, month, day] = iso.split('-')
  return `${day}/${month}/${year}`
}
