import { ctoFrance, type Dataset, type Range, type Spread } from './dataset'
import { assertInRange } from './guards'
import { MAX_EXPERIENCE_YEARS } from './limits'

export { MAX_EXPERIENCE_YEARS }

/** A TJM band (taux journalier moyen: the freelance daily rate, in € per day). */
export type TjmBand = {
  index: number
  label: string
  /** Completed years of experience, inclusive. */
  fromYears: number
  /** Completed years, exclusive; null for the open-ended last band. */
  toYears: number | null
  rate: Range
  midpointEurPerDay: number
  /** Only for the open-ended last band: low range, high range and top-earner range. */
  spread: Spread | null
}

/** The band of `dataset` at position `index`, with its midpoint. */
function toBand(dataset: Dataset, index: number): TjmBand {
  const band = dataset.tjm.bands[index]
  if (!band) throw new RangeError(`band index ${index} does not exist`)
  return {
    index,
    label: band.label,
    fromYears: band.fromYears,
    toYears: band.toYears,
    rate: band.rate,
    midpointEurPerDay: (band.rate.min + band.rate.max) / 2,
    spread: band.spread ?? null,
  }
}

/**
 * The TJM band for `years` of experience; completed years decide, so 2.9 falls in "1-2 ans".
 * @example tjmBandFor(12).rate // { min: 650, max: 685 }
 */
export function tjmBandFor(years: number, dataset: Dataset = ctoFrance): TjmBand {
  assertInRange('years', years, 0, MAX_EXPERIENCE_YEARS)
  const completed = Math.floor(years)
  const index = dataset.tjm.bands.findIndex(
    (b) => completed >= b.fromYears && (b.toYears === null || completed < b.toYears),
  )
  return toBand(dataset, index)
}

/** Every band of `dataset`, in order of experience. */
export function allBands(dataset: Dataset = ctoFrance): TjmBand[] {
  return dataset.tjm.bands.map((_, i) => toBand(dataset, i))
}
