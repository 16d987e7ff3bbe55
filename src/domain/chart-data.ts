import { allBands, type TjmBand } from './bands'
import type { Dataset } from './dataset'
import { ctoFrance } from './dataset'

export type BandBar = {
  label: string
  /** [min, max] in € per day, drawn as a floating bar. */
  range: [number, number]
  /** Top-earner range of the open-ended band, drawn apart; null elsewhere. */
  topRange: [number, number] | null
  current: boolean
}

/** One floating bar per TJM band, the band at `currentIndex` flagged, named by `nameOf`. */
export function tjmByExperienceSeries(
  currentIndex: number,
  dataset: Dataset = ctoFrance,
  nameOf: (band: TjmBand) => string = (band) => band.label,
): BandBar[] {
  return allBands(dataset).map((band) => ({
    label: nameOf(band),
    range: [band.rate.min, band.rate.max],
    topRange: band.spread ? [band.spread.top.min, band.spread.top.max] : null,
    current: band.index === currentIndex,
  }))
}

/** Billed days the revenue chart spans. */
export const REVENUE_CHART_DAYS = { from: 100, to: 260, step: 10 } as const

export type RevenueRow = {
  days: number
  /** Annual revenue in € at the band's min, midpoint and max TJM and at the user's TJM. */
  min: number
  mid: number
  max: number
  own: number
}

/**
 * Annual revenue against billed days (100 to 260, every 10 days, plus the user's own days) for the
 * band's min, midpoint and max TJM and the user's TJM.
 */
export function revenueByDaysSeries(
  band: TjmBand,
  tjmEurPerDay: number,
  ownDays: number,
): RevenueRow[] {
  const { from, to, step } = REVENUE_CHART_DAYS
  const days = new Set<number>()
  for (let d = from; d <= to; d += step) days.add(d)
  if (ownDays >= from && ownDays <= to) days.add(Math.round(ownDays))
  return [...days]
    .sort((a, b) => a - b)
    .map((d) => ({
      days: d,
      min: band.rate.min * d,
      mid: band.midpointEurPerDay * d,
      max: band.rate.max * d,
      own: tjmEurPerDay * d,
    }))
}

/** One bar of the gross comparison; the page names it from its key. */
export type ComparisonBar = { key: 'freelance' | 'cdi'; eurPerYear: number }

/** Freelance revenue and CDI gross salary side by side, in € per year. */
export function grossComparisonSeries(
  revenueEurPerYear: number,
  salaryGrossEurPerYear: number,
): ComparisonBar[] {
  return [
    { key: 'freelance', eurPerYear: revenueEurPerYear },
    { key: 'cdi', eurPerYear: salaryGrossEurPerYear },
  ]
}
