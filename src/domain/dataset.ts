import raw from '../../data/cto-france.json'
import { expected, finiteNumber, z } from './zod'

/** A euro amount: finite and not negative. */
const EurSchema = finiteNumber().check(z.nonnegative('must be zero or more'))

/** A closed rate range in € per day; `min` never exceeds `max`. */
export const RangeSchema = z.object({ min: EurSchema, max: EurSchema }).check(
  z.refine((r) => r.min <= r.max, {
    message: 'min must not exceed max',
    path: ['min'],
  }),
)
export type Range = z.infer<typeof RangeSchema>

/**
 * The spread of the open-ended last band: the seed gives it as a low range, a high range and a
 * top-earner range ("400-475 euros à 701-775 euros, pouvant aller jusqu'à 1001-1075 euros").
 */
export const SpreadSchema = z.object({ low: RangeSchema, high: RangeSchema, top: RangeSchema })
export type Spread = z.infer<typeof SpreadSchema>

/**
 * One TJM band: completed years of experience in [fromYears, toYears), `toYears` null for the
 * open-ended last band.
 */
export const BandSchema = z.object({
  label: z.string({ error: expected('a text') }).check(z.minLength(1, 'must not be empty')),
  fromYears: z
    .int({ error: expected('a whole number') })
    .check(z.nonnegative('must be zero or more')),
  toYears: z.nullable(
    z
      .int({ error: expected('a whole number or null') })
      .check(z.positive('must be more than zero')),
  ),
  rate: RangeSchema,
  spread: z.optional(SpreadSchema),
})
export type BandData = z.infer<typeof BandSchema>

const SourcedSchema = {
  source: z.string({ error: expected('a text') }).check(z.minLength(1, 'must name the source')),
  quote: z.string({ error: expected('a text') }),
  currency: z.literal('EUR', { error: expected('"EUR"') }),
  unit: z.string({ error: expected('a text') }).check(z.minLength(1, 'must not be empty')),
}

export const SalarySchema = z
  .object({
    ...SourcedSchema,
    period: z.literal('year', { error: expected('"year"') }),
    meanEur: EurSchema,
    minEur: EurSchema,
    maxEur: EurSchema,
  })
  .check(
    z.refine((s) => s.minEur <= s.meanEur && s.meanEur <= s.maxEur, {
      message: 'mean must lie between min and max',
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
        message: 'the first band must start at 0 years',
      })
    }
    if (band.toYears !== null && band.toYears <= band.fromYears) {
      issues.push({
        code: 'custom',
        input: band.toYears,
        path: [...path, 'toYears'],
        message: 'must be greater than fromYears',
      })
    }
    const next = bands[i + 1]
    if (next === undefined) {
      if (band.toYears !== null) {
        issues.push({
          code: 'custom',
          input: band.toYears,
          path: [...path, 'toYears'],
          message: 'the last band must be open-ended (null)',
        })
      }
    } else if (band.toYears === null) {
      issues.push({
        code: 'custom',
        input: band.toYears,
        path: [...path, 'toYears'],
        message: 'only the last band may be open-ended',
      })
    } else if (next.fromYears > band.toYears) {
      issues.push({
        code: 'custom',
        input: next.fromYears,
        path: [i + 1, 'fromYears'],
        message: `leaves a gap after band ${i} (which ends at ${band.toYears} years)`,
      })
    } else if (next.fromYears < band.toYears) {
      issues.push({
        code: 'custom',
        input: next.fromYears,
        path: [i + 1, 'fromYears'],
        message: `overlaps band ${i} (which ends at ${band.toYears} years)`,
      })
    }
    const s = band.spread
    if (s && (s.low.min !== band.rate.min || s.high.max !== band.rate.max)) {
      issues.push({
        code: 'custom',
        input: s,
        path: [...path, 'spread'],
        message: 'low.min and high.max must equal rate.min and rate.max',
      })
    }
  })
}

export const TjmSchema = z.object({
  ...SourcedSchema,
  period: z.literal('day', { error: expected('"day"') }),
  bands: z
    .array(BandSchema, { error: expected('a list of bands') })
    .check(z.minLength(1, 'must hold at least one band'), z.superRefine(checkBands)),
})

export const DatasetSchema = z.object(
  {
    schemaVersion: z.literal(1, { error: expected('1') }),
    role: z.string({ error: expected('a text') }).check(z.minLength(1, 'must not be empty')),
    country: z.string({ error: expected('a text') }),
    document: z.string({ error: expected('a text') }),
    salary: SalarySchema,
    tjm: TjmSchema,
  },
  { error: expected('an object') },
)
export type Dataset = z.infer<typeof DatasetSchema>

/** Thrown when a dataset does not match the schema; its message lists every problem with its path. */
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
