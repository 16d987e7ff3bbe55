// The page's own arithmetic, written out with the person's values: each function gives the lines
// of a "Comment est-ce calculé ?" panel, pure so that tests read them as the page shows them.
// Loaded when a panel first opens; it imports types only (the formatters come with the texts), so
// that its chunk shares nothing with the page's.
import type { BillableDays, GrossComparison, TjmBand } from '../../domain'
import type { FormulasCatalogue } from '../../i18n/fr-formulas'
import type { BreakEvenResult, SocialInputsInput, SocialResult, Status } from '../../social'

/** The explanation texts and the page's number formatters. */
export type Text = FormulasCatalogue & {
  formatEur(n: number): string
  formatEurCents(n: number): string
  formatNumber(n: number): string
  formatPercent(n: number): string
}

/** The band (named `name` in the page's language): completed years pick it, its midpoint is the mean of its bounds. */
export function bandFormula(
  t: Text,
  experienceYears: number,
  band: TjmBand,
  name: string,
): string[] {
  return [
    t.band(t.formatNumber(experienceYears), name),
    t.midpoint(
      t.formatEurCents(band.rate.min),
      t.formatEurCents(band.rate.max),
      t.formatEurCents(band.midpointEurPerDay),
    ),
  ]
}

/** Billable days: weekdays minus holidays on weekdays, paid leave, bench and other days. */
export function billableDaysFormula(t: Text, calendar: BillableDays): string[] {
  const deduction = (key: 'paidLeave' | 'bench' | 'other') =>
    t.formatNumber(calendar.deductions.find((d) => d.key === key)?.days ?? 0)
  return [
    `${t.billable(
      t.formatNumber(calendar.weekdays),
      t.formatNumber(calendar.holidaysOnWeekdays),
      deduction('paidLeave'),
      deduction('bench'),
      deduction('other'),
    )} = ${t.days(t.formatNumber(calendar.billableDays))}`,
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
    t.revenue(
      t.formatEurCents(tjmEurPerDay),
      t.formatNumber(days),
      t.formatEur(gross.revenueEurPerYear),
    ),
    t.perMonth(t.formatEur(gross.revenueEurPerYear), t.formatEur(gross.revenueEurPerMonth)),
  ]
}

/** The gross comparison: difference and ratio, break-even TJM, days needed at the TJM. */
export function grossComparisonFormula(
  t: Text,
  tjmEurPerDay: number,
  days: number,
  gross: GrossComparison,
): string[] {
  const difference = t.formatEur(gross.differenceEurPerYear)
  const salary = t.formatEur(gross.salaryGrossEurPerYear)
  const lines = [t.difference(t.formatEur(gross.revenueEurPerYear), salary, difference)]
  if (gross.differenceRatio !== null) {
    lines.push(t.ratio(difference, salary, t.formatPercent(gross.differenceRatio)))
  }
  if (gross.breakEvenTjmEurPerDay !== null) {
    lines.push(
      t.breakEven(salary, t.formatNumber(days), t.formatEurCents(gross.breakEvenTjmEurPerDay)),
    )
  }
  if (gross.daysNeeded !== null) {
    lines.push(
      t.daysNeeded(salary, t.formatEurCents(tjmEurPerDay), t.formatNumber(gross.daysNeeded)),
    )
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
  const lines = [t.netPerMonth(t.formatEur(net), t.formatEur(net / 12))]
  const cdi = figures.cdiNetAfterTaxEurPerYear
  if (cdi !== null) {
    const difference = net - cdi
    lines.push(
      t.vsCdi(
        t.formatEur(net),
        t.formatEur(cdi),
        `${difference > 0 ? '+' : ''}${t.formatEur(difference)}`,
      ),
    )
  }
  const turnover = figures.breakEvenTurnoverEurPerYear
  if (turnover !== null && figures.billableDays > 0) {
    lines.push(
      t.statusBreakEven(
        t.formatEur(turnover),
        t.formatNumber(figures.billableDays),
        t.formatEurCents(Math.ceil(turnover / figures.billableDays)),
      ),
    )
  }
  return lines
}

/**
 * A status's lines: per month, against the CDI, the break-even TJM, and what the page adds to the
 * model (micro-entreprise: real expenses; portage: the fee taken before the salary).
 */
export function statusLines(
  t: Text,
  status: Status,
  figures: SocialResult['results'],
  breakEven: BreakEvenResult | null,
  inputs: SocialInputsInput,
): string[] {
  const r = figures[status]
  const expenses = inputs.expensesEurPerYear ?? 0
  const turnover =
    status === 'cdi'
      ? null
      : (breakEven?.statuses[status as Exclude<Status, 'cdi'>]?.turnoverEurPerYear ?? null)
  const lines = statusFormula(t, {
    netAfterTaxEurPerYear: r.netAfterTaxEurPerYear,
    cdiNetAfterTaxEurPerYear: status === 'cdi' ? null : figures.cdi.netAfterTaxEurPerYear,
    breakEvenTurnoverEurPerYear: turnover,
    billableDays: inputs.billableDays,
  })
  if (status === 'micro' && expenses > 0) lines.push(t.microExpenses(t.formatEur(expenses)))
  const fee = r.managementFeeEurPerYear
  if (status === 'portage' && fee !== undefined) {
    lines.push(
      t.portageFee(
        t.formatEur(r.grossOrTurnoverEurPerYear),
        t.percent(t.formatNumber((inputs.portageFeeRate ?? 0) * 100)),
        t.formatEur(fee),
        t.formatEur(expenses),
        t.formatEur(r.grossOrTurnoverEurPerYear - fee - expenses),
      ),
    )
  }
  return lines
}
