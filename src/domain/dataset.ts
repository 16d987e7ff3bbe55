import raw from '../../data/cto-france.json'
import {
  MAX_BANDS,
  MAX_EUR_PER_YEAR,
  MAX_EXPERIENCE_YEARS,
  MAX_LABEL_LENGTH,
  MAX_TEXT_LENGTH,
  MAX_TJM_EUR_PER_DAY,
} from './limits'
import { attendu, nombreFini, z } from './zod'

/** A number as the messages write it: `100 000`. */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')

/** A free text of at most `max` characters; `min` characters at least (1 unless told). */
const text = (max = MAX_TEXT_LENGTH, min = 1, empty = 'ne doit pas être vide') =>
  z
    .string({ error: attendu('un texte') })
    .check(
      ...(min > 0 ? [z.minLength(min, empty)] : []),
      z.maxLength(max, `ne doit pas dépasser ${grouped(max)} caractères`),
    )

/** A euro amount, finite, not negative and at most `max` (the calculator's own limit). */
const eur = (max: number, unit: string) =>
  nombreFini().check(
    z.nonnegative('doit être positif ou nul'),
    z.maximum(max, `ne doit pas dépasser ${grouped(max)} ${unit} (limite du calculateur)`),
  )

/** A closed rate range in € per day; `min` never exceeds `max`. */
export const RangeSchema = z
  .object(
    { min: eur(MAX_TJM_EUR_PER_DAY, '€ par jour'), max: eur(MAX_TJM_EUR_PER_DAY, '€ par jour') },
    { error: attendu('un objet { min, max }') },
  )
  .check(
    z.refine((r) => r.min <= r.max, {
      message: 'le minimum dépasse le maximum',
      path: ['min'],
    }),
  )
export type Range = z.infer<typeof RangeSchema>

/**
 * The spread of the open-ended last band: the seed gives it as a low range, a high range and a
 * top-earner range ("400-475 euros à 701-775 euros, pouvant aller jusqu'à 1001-1075 euros").
 */
export const SpreadSchema = z.object(
  { low: RangeSchema, high: RangeSchema, top: RangeSchema },
  { error: attendu('un objet { low, high, top }') },
)
export type Spread = z.infer<typeof SpreadSchema>

/** Completed years of experience: a whole number within what the calculator accepts. */
const years = (what: string) =>
  z
    .int({ error: attendu(what) })
    .check(
      z.nonnegative('doit être positif ou nul'),
      z.maximum(MAX_EXPERIENCE_YEARS, `ne doit pas dépasser ${MAX_EXPERIENCE_YEARS} ans`),
    )

/**
 * One TJM band: completed years of experience in [fromYears, toYears), `toYears` null for the
 * open-ended last band.
 */
export const BandSchema = z.object(
  {
    label: text(MAX_LABEL_LENGTH),
    fromYears: years('un nombre entier'),
    toYears: z.nullable(years('un nombre entier ou null')),
    rate: RangeSchema,
    spread: z.optional(SpreadSchema),
  },
  { error: attendu('une tranche (un objet)') },
)
export type BandData = z.infer<typeof BandSchema>

const SourcedSchema = {
  source: text(MAX_TEXT_LENGTH, 1, 'doit nommer la source'),
  quote: text(MAX_TEXT_LENGTH, 0),
  currency: z.literal('EUR', { error: attendu('"EUR"') }),
  unit: text(MAX_LABEL_LENGTH),
}

const salaryEur = () => eur(MAX_EUR_PER_YEAR, '€ par an')

export const SalarySchema = z
  .object(
    {
      ...SourcedSchema,
      period: z.literal('year', { error: attendu('"year"') }),
      meanEur: salaryEur(),
      minEur: salaryEur(),
      maxEur: salaryEur(),
    },
    { error: attendu('un objet') },
  )
  .check(
    z.refine((s) => s.minEur <= s.meanEur && s.meanEur <= s.maxEur, {
      message: 'la moyenne doit être comprise entre le minimum et le maximum',
      path: ['meanEur'],
    }),
  )

function checkBands(bands: BandData[], ctx: { issues: unknown[] }): void {
  const issues = ctx.issues as z.core.$ZodRawIssue[]
  bands.forEach((band, i) => {
    const path = [i]
    if (i === 0 && band.fromYears !== 0) {
      issues.push({
        code: 'custom',
        input: band.fromYears,
        path: [...path, 'fromYears'],
        message: 'la première tranche doit commencer à 0 an',
      })
    }
    if (band.toYears !== null && band.toYears <= band.fromYears) {
      issues.push({
        code: 'custom',
        input: band.toYears,
        path: [...path, 'toYears'],
        message: 'doit être supérieur à fromYears',
      })
    }
    const next = bands[i + 1]
    if (next === undefined) {
      if (band.toYears !== null) {
        issues.push({
          code: 'custom',
          input: band.toYears,
          path: [...path, 'toYears'],
          message: 'la dernière tranche doit être ouverte (null)',
        })
      }
    } else if (band.toYears === null) {
      issues.push({
        code: 'custom',
        input: band.toYears,
        path: [...path, 'toYears'],
        message: 'seule la dernière tranche peut être ouverte (null)',
      })
    } else if (next.fromYears > band.toYears) {
      issues.push({
        code: 'custom',
        input: next.fromYears,
        path: [i + 1, 'fromYears'],
        message: `laisse un trou après la tranche ${i} (qui finit à ${band.toYears} ans)`,
      })
    } else if (next.fromYears < band.toYears) {
      issues.push({
        code: 'custom',
        input: next.fromYears,
        path: [i + 1, 'fromYears'],
        message: `chevauche la tranche ${i} (qui finit à ${band.toYears} ans)`,
      })
    }
    const s = band.spread
    if (s && (s.low.min !== band.rate.min || s.high.max !== band.rate.max)) {
      issues.push({
        code: 'custom',
        input: s,
        path: [...path, 'spread'],
        message: 'low.min et high.max doivent être égaux à rate.min et rate.max',
      })
    }
  })
}

export const TjmSchema = z.object(
  {
    ...SourcedSchema,
    period: z.literal('day', { error: attendu('"day"') }),
    bands: z
      .array(BandSchema, { error: attendu('une liste de tranches') })
      .check(
        z.minLength(1, 'doit contenir au moins une tranche'),
        z.maxLength(MAX_BANDS, `ne doit pas contenir plus de ${MAX_BANDS} tranches`),
        z.superRefine(checkBands),
      ),
  },
  { error: attendu('un objet') },
)

export const DatasetSchema = z.object(
  {
    schemaVersion: z.literal(1, { error: attendu('1') }),
    role: text(MAX_LABEL_LENGTH),
    country: text(MAX_LABEL_LENGTH, 0),
    document: text(MAX_TEXT_LENGTH, 0),
    salary: SalarySchema,
    tjm: TjmSchema,
  },
  { error: attendu('un objet') },
)
export type Dataset = z.infer<typeof DatasetSchema>

/** Thrown when a dataset does not match the schema; its message lists every problem with its path, in French. */
export class DatasetError extends Error {
  override name = 'DatasetError'
}

/** A path as people read it: `tjm.bands[1].rate.min`. */
function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('')
}

export type DatasetReading =
  | { ok: true; dataset: Dataset }
  | { ok: false; problems: { path: string; message: string }[] }

/** Reads an unknown value as a Dataset, or lists every problem with its path. */
export function readDataset(rawValue: unknown): DatasetReading {
  const parsed = DatasetSchema.safeParse(rawValue)
  if (parsed.success) return { ok: true, dataset: parsed.data }
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      path: formatPath(issue.path) || '(racine)',
      message: issue.message,
    })),
  }
}

/** Parses an unknown value into a Dataset, or throws a DatasetError naming each bad path. */
export function parseDataset(rawValue: unknown): Dataset {
  const parsed = DatasetSchema.safeParse(rawValue)
  if (!parsed.success) throw new DatasetError(z.prettifyError(parsed.error))
  return parsed.data
}

/** The CTO France dataset from `data/cto-france.json`, parsed once at start-up. */
export const ctoFrance: Dataset = parseDataset(raw)
