// The words a dataset's problems are said in: one set per language, the schema built from them
// (./dataset.ts).

/**
 * The words of a dataset's problems, in one language: the schema is built from them, so that a
 * file a person loads is refused in the page's language (src/i18n/*-data-actions.ts).
 */
export type DatasetWords = {
  /** A value that is not there. */
  missing: string
  /** A value of the wrong type: "doit être " + what was expected. */
  mustBe: (what: string) => string
  /** What was expected, as `mustBe` completes it. */
  kinds: {
    text: string
    finiteNumber: string
    wholeNumber: string
    wholeNumberOrNull: string
    object: string
    range: string
    spread: string
    band: string
    bands: string
  }
  notEmpty: string
  namesSource: string
  atMostChars: (max: number) => string
  nonNegative: string
  /** The calculator's own limit, in € per day or per year. */
  atMostEur: (max: number, per: 'day' | 'year') => string
  atMostYears: (max: number) => string
  minAboveMax: string
  meanOutside: string
  firstBandFromZero: string
  toAfterFrom: string
  lastBandOpen: string
  onlyLastOpen: string
  /** The next band starts after band `band` ends (at `end` years). */
  gapAfter: (band: number, end: number) => string
  overlaps: (band: number, end: number) => string
  spreadBounds: string
  atLeastOneBand: string
  atMostBands: (max: number) => string
  /** The path of a problem with the whole file. */
  root: string
}

/**
 * The words the domain reads a dataset with when no page words them: each problem's key and
 * values, for a developer (the shipped file's check at start-up). People read the page's words
 * (src/i18n/fr-data-actions.ts, en-data-actions.ts), loaded with the dataset actions.
 */
export const DATASET_PROBLEM_KEYS: DatasetWords = {
  missing: 'missing',
  mustBe: (what) => `mustBe ${what}`,
  kinds: {
    text: 'text',
    finiteNumber: 'finiteNumber',
    wholeNumber: 'wholeNumber',
    wholeNumberOrNull: 'wholeNumberOrNull',
    object: 'object',
    range: 'range',
    spread: 'spread',
    band: 'band',
    bands: 'bands',
  },
  notEmpty: 'notEmpty',
  namesSource: 'namesSource',
  atMostChars: (max) => `atMostChars ${max}`,
  nonNegative: 'nonNegative',
  atMostEur: (max, per) => `atMostEur ${max} ${per}`,
  atMostYears: (max) => `atMostYears ${max}`,
  minAboveMax: 'minAboveMax',
  meanOutside: 'meanOutside',
  firstBandFromZero: 'firstBandFromZero',
  toAfterFrom: 'toAfterFrom',
  lastBandOpen: 'lastBandOpen',
  onlyLastOpen: 'onlyLastOpen',
  gapAfter: (band, end) => `gapAfter ${band} ${end}`,
  overlaps: (band, end) => `overlaps ${band} ${end}`,
  spreadBounds: 'spreadBounds',
  atLeastOneBand: 'atLeastOneBand',
  atMostBands: (max) => `atMostBands ${max}`,
  root: '(root)',
}
