import raw from '../../data/cto-france.json'
import { DATASET_PROBLEM_KEYS, type DatasetWords } from './dataset-words'
import {
  MAX_BANDS,
  MAX_EUR_PER_YEAR,
  MAX_EXPERIENCE_YEARS,
  MAX_LABEL_LENGTH,
  MAX_TEXT_LENGTH,
  MAX_TJM_EUR_PER_DAY,
} from './limits'
import { z } from './zod'

/**
 * The dataset's schema, its messages in `w`'s language.
 * @example datasetSchema(DATASET_PROBLEM_KEYS).safeParse(json)
 */
export function datasetSchema(w: DatasetWords) {
  /** Missing, or of the wrong type: what was expected. */
  const expected = (what: string) => (issue: { input?: unknown }) =>
    issue.input === undefined ? w.missing : w.mustBe(what)

  /** A free text of at most `max` characters; `min` characters at least (1 unless told). */
  const text = (max = MAX_TEXT_LENGTH, min = 1, empty = w.notEmpty) =>
    z
      .string({ error: expected(w.kinds.text) })
      .check(...(min > 0 ? [z.minLength(min, empty)] : []), z.maxLength(max, w.atMostChars(max)))

  /** A euro amount, finite, not negative and at most `max` (the calculator's own limit). */
  const eur = (max: number, per: 'day' | 'year') =>
    z
      .number({ error: expected(w.kinds.finiteNumber) })
      .check(z.nonnegative(w.nonNegative), z.maximum(max, w.atMostEur(max, per)))

  /** A closed rate range in € per day; `min` never exceeds `max`. */
  const range = z
    .object(
      { min: eur(MAX_TJM_EUR_PER_DAY, 'day'), max: eur(MAX_TJM_EUR_PER_DAY, 'day') },
      { error: expected(w.kinds.range) },
    )
    .check(z.refine((r) => r.min <= r.max, { message: w.minAboveMax, path: ['min'] }))

  /**
   * The spread of the open-ended last band: the seed gives it as a low range, a high range and a
   * top-earner range ("400-475 euros à 701-775 euros, pouvant aller jusqu'à 1001-1075 euros").
   */
  const spread = z.object(
    { low: range, high: range, top: range },
    { error: expected(w.kinds.spread) },
  )

  /** Completed years of experience: a whole number within what the calculator accepts. */
  const years = (what: string) =>
    z
      .int({ error: expected(what) })
      .check(
        z.nonnegative(w.nonNegative),
        z.maximum(MAX_EXPERIENCE_YEARS, w.atMostYears(MAX_EXPERIENCE_YEARS)),
      )

  /**
   * One TJM band: completed years of experience in [fromYears, toYears), `toYears` null for the
   * open-ended last band.
   */
  const band = z.object(
    {
      label: text(MAX_LABEL_LENGTH),
      fromYears: years(w.kinds.wholeNumber),
      toYears: z.nullable(years(w.kinds.wholeNumberOrNull)),
      rate: range,
      spread: z.optional(spread),
    },
    { error: expected(w.kinds.band) },
  )

  const sourced = {
    source: text(MAX_TEXT_LENGTH, 1, w.namesSource),
    quote: text(MAX_TEXT_LENGTH, 0),
    currency: z.literal('EUR', { error: expected('"EUR"') }),
    unit: text(MAX_LABEL_LENGTH),
  }

  const salaryEur = () => eur(MAX_EUR_PER_YEAR, 'year')

  const salary = z
    .object(
      {
        ...sourced,
        period: z.literal('year', { error: expected('"year"') }),
        meanEur: salaryEur(),
        minEur: salaryEur(),
        maxEur: salaryEur(),
      },
      { error: expected(w.kinds.object) },
    )
    .check(
      z.refine((s) => s.minEur <= s.meanEur && s.meanEur <= s.maxEur, {
        message: w.meanOutside,
        path: ['meanEur'],
      }),
    )

  const tjm = z.object(
    {
      ...sourced,
      period: z.literal('day', { error: expected('"day"') }),
      bands: z.array(band, { error: expected(w.kinds.bands) }).check(
        z.minLength(1, w.atLeastOneBand),
        z.maxLength(MAX_BANDS, w.atMostBands(MAX_BANDS)),
        z.superRefine((bands, ctx) => checkBands(w, bands, ctx)),
      ),
    },
    { error: expected(w.kinds.object) },
  )

  return z.object(
    {
      schemaVersion: z.literal(1, { error: expected('1') }),
      role: text(MAX_LABEL_LENGTH),
      country: text(MAX_LABEL_LENGTH, 0),
      document: text(MAX_TEXT_LENGTH, 0),
      salary,
      tjm,
    },
    { error: expected(w.kinds.object) },
  )
}

/** A closed rate range in € per day, as the schema reads it. */
export type Range = { min: number; max: number }
/** The open-ended last band's low, high and top-earner ranges. */
export type Spread = { low: Range; high: Range; top: Range }
/** One TJM band as the dataset gives it. */
export type BandData = {
  label: string
  fromYears: number
  toYears: number | null
  rate: Range
  spread?: Spread | undefined
}

function checkBands(w: DatasetWords, bands: BandData[], ctx: { issues: unknown[] }): void {
  const issues = ctx.issues as z.core.$ZodRawIssue[]
  bands.forEach((band, i) => {
    const path = [i]
    if (i === 0 && band.fromYears !== 0) {
      issues.push({
        code: 'custom',
        input: band.fromYears,
        path: [...path, 'fromYears'],
        message: w.firstBandFromZero,
      })
    }
    if (band.toYears !== null && band.toYears <= band.fromYears) {
      issues.push({
        code: 'custom',
        input: band.toYears,
        path: [...path, 'toYears'],
        message: w.toAfterFrom,
      })
    }
    const next = bands[i + 1]
    if (next === undefined) {
      if (band.toYears !== null) {
        issues.push({
          code: 'custom',
          input: band.toYears,
          path: [...path, 'toYears'],
          message: w.lastBandOpen,
        })
      }
    } else if (band.toYears === null) {
      issues.push({
        code: 'custom',
        input: band.toYears,
        path: [...path, 'toYears'],
        message: w.onlyLastOpen,
      })
    } else if (next.fromYears > band.toYears) {
      issues.push({
        code: 'custom',
        input: next.fromYears,
        path: [i + 1, 'fromYears'],
        message: w.gapAfter(i, band.toYears),
      })
    } else if (next.fromYears < band.toYears) {
      issues.push({
        code: 'custom',
        input: next.fromYears,
        path: [i + 1, 'fromYears'],
        message: w.overlaps(i, band.toYears),
      })
    }
    const s = band.spread
    if (s && (s.low.min !== band.rate.min || s.high.max !== band.rate.max)) {
      issues.push({
        code: 'custom',
        input: s,
        path: [...path, 'spread'],
        message: w.spreadBounds,
      })
    }
  })
}

/** The dataset's schema with the problems' keys for messages: the shipped file's check. */
export const DatasetSchema = datasetSchema(DATASET_PROBLEM_KEYS)
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

/**
 * Reads an unknown value as a Dataset, or lists every problem with its path, worded by `words`
 * (the page's language; the problems' keys unless told).
 */
export function readDataset(
  rawValue: unknown,
  words: DatasetWords = DATASET_PROBLEM_KEYS,
): DatasetReading {
  const schema = words === DATASET_PROBLEM_KEYS ? DatasetSchema : datasetSchema(words)
  const parsed = schema.safeParse(rawValue)
  if (parsed.success) return { ok: true, dataset: parsed.data }
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      path: formatPath(issue.path) || words.root,
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
