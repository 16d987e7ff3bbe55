// The page's own arithmetic, written out with the person's values: each function gives the lines
// of a "Comment est-ce calculé ?" panel, pure so that tests read them as the page shows them.
import {
  type BillableDays,
  formatEur,
  formatEurCents,
  formatNumber,
  formatPercent,
  type GrossComparison,
  type TjmBand,
} from '../../domain'
import type { Catalogue } from '../../i18n'

type Text = Catalogue['explain']

/** The band: completed years pick it, its midpoint is the mean of its bounds. */
export function bandFormula(t: Text, experienceYears: number, band: TjmBand): string[] {
  return [
    t.band(formatNumber(experienceYears), band.label),
    t.midpoint(
      formatEurCents(band.rate.min),
      formatEurCents(band.rate.max),
      formatEurCents(band.midpointEurPerDay),
    ),
  ]
}

/** Billable days: weekdays minus holidays on weekdays, paid leave, bench and other days. */
export function billableDaysFormula(t: Text, calendar: BillableDays): string[] {
  const deduction = (key: 'paidLeave' | 'bench' | 'other') =>
    formatNumber(calendar.deductions.find((d) => d.key === key)?.days ?? 0)
  return [
    `${t.billable(
      formatNumber(calendar.weekdays),
      formatNumber(calendar.holidaysOnWeekdays),
      deduction('paidLeave'),
      deduction('bench'),
      deduction('other'),
    )} = ${t.days(formatNumber(calendar.billableDays))}`,
  ]
}

/** Annual revenue: TJM × billable days, and per month. */
export function revenueFormula(
  t: Text,
  tjmEurPerDay: number,
  days: number,
  gross: GrossComparison,
): string[] {
  return [
    t.revenue(formatEurCents(tjmEurPerDay), formatNumber(days), formatEur(gross.revenueEurPerYear)),
    t.perMonth(formatEur(gross.revenueEurPerYear), formatEur(gross.revenueEurPerMonth)),
  ]
}

/** The gross comparison: difference and ratio, break-even TJM, days needed at the TJM. */
export function grossComparisonFormula(
  t: Text,
  tjmEurPerDay: number,
  days: number,
  gross: GrossComparison,
): string[] {
  const difference = formatEur(gross.differenceEurPerYear)
  const salary = formatEur(gross.salaryGrossEurPerYear)
  const lines = [t.difference(formatEur(gross.revenueEurPerYear), salary, difference)]
  if (gross.differenceRatio !== null) {
    lines.push(t.ratio(difference, salary, formatPercent(gross.differenceRatio)))
  }
  if (gross.breakEvenTjmEurPerDay !== null) {
    lines.push(t.breakEven(salary, formatNumber(days), formatEurCents(gross.breakEvenTjmEurPerDay)))
  }
  if (gross.daysNeeded !== null) {
    lines.push(t.daysNeeded(salary, formatEurCents(tjmEurPerDay), formatNumber(gross.daysNeeded)))
  }
  return lines
}

/** What the page computes around a status's model figures: per month, against the CDI, break-even. */
export function statusFormula(
  t: Text,
  figures: {
    netAfterTaxEurPerYear: number
    cdiNetAfterTaxEurPerYear: number | null
    breakEvenTurnoverEurPerYear: number | null
    billableDays: number
  },
): string[] {
  const net = figures.netAfterTaxEurPerYear
  const lines = [t.netPerMonth(formatEur(net), formatEur(net / 12))]
  const cdi = figures.cdiNetAfterTaxEurPerYear
  if (cdi !== null) {
    const difference = net - cdi
    lines.push(
      t.vsCdi(
        formatEur(net),
        formatEur(cdi),
        `${difference > 0 ? '+' : ''}${formatEur(difference)}`,
      ),
    )
  }
  const turnover = figures.breakEvenTurnoverEurPerYear
  if (turnover !== null && figures.billableDays > 0) {
    lines.push(
      t.statusBreakEven(
        formatEur(turnover),
        formatNumber(figures.billableDays),
        formatEurCents(Math.ceil(turnover / figures.billableDays)),
      ),
    )
  }
  return lines
}
