// The chart series built from the social model's answers: they follow its result contract.
/** One status's yearly figures, as the social model gives them, in €. */
export type StatusFigures = {
  key: string
  label: string
  grossOrTurnoverEurPerYear: number
  contributionsEurPerYear: number
  incomeTaxEurPerYear: number
  netAfterTaxEurPerYear: number
}

export type BreakdownBar = {
  key: string
  label: string
  contributions: number
  incomeTax: number
  net: number
  /** What the turnover pays besides contributions, tax and net: expenses, portage fee. */
  other: number
  total: number
}

/**
 * One stacked bar per status, from gross or turnover down to net after tax: contributions, income
 * tax, net, and the rest (expenses, fees); never a negative segment.
 */
export function netBreakdownSeries(statuses: StatusFigures[]): BreakdownBar[] {
  return statuses.map((s) => {
    const contributions = Math.max(0, s.contributionsEurPerYear)
    const incomeTax = Math.max(0, s.incomeTaxEurPerYear)
    const net = Math.max(0, s.netAfterTaxEurPerYear)
    const other = Math.max(0, s.grossOrTurnoverEurPerYear - contributions - incomeTax - net)
    return {
      key: s.key,
      label: s.label,
      contributions,
      incomeTax,
      net,
      other,
      total: contributions + incomeTax + net + other,
    }
  })
}

/** Every status's net after tax in €/year at one number of billable days, the TJM held. */
export type NetByDaysFigures = {
  days: number
  /** Freelance turnover at those days: TJM × days. */
  turnoverEurPerYear: number
  /** The CDI's net after tax: the same at every point, a salary does not depend on days billed. */
  cdi: number
  micro: number
  eurl: number
  eurlIs: number
  sasu: number
  portage: number
}

/** One row of the net-by-days chart and table; `current` marks the person's own days. */
export type NetByDaysRow = NetByDaysFigures & { current: boolean }

/**
 * The net-by-days chart's rows, in €/year: ordered by days, one per number of days (the last
 * given wins), the person's own days marked; e.g. points at 212, 100 and 260 days with
 * `currentDays` 212 → rows at 100, 212 (current) and 260 days.
 */
export function netByDaysSeries(
  points: readonly NetByDaysFigures[],
  currentDays: number,
): NetByDaysRow[] {
  const byDays = new Map<number, NetByDaysFigures>()
  for (const point of points) byDays.set(point.days, point)
  return [...byDays.values()]
    .sort((a, b) => a.days - b.days)
    .map((point) => ({ ...point, current: point.days === currentDays }))
}

/**
 * A net-by-days row with the micro-entreprise's line split at its turnover ceiling: `microWithin`
 * where the turnover is within it (a solid line), `microBeyond` from the last point within it
 * onwards (a dashed line: a status the person could not keep); null where a part is not drawn.
 */
export type CeilingSplitRow = NetByDaysRow & {
  microWithin: number | null
  microBeyond: number | null
}

/**
 * Splits the micro-entreprise's curve at the turnover ceiling (in €/year); e.g. with the ceiling
 * between the second and third rows, `microWithin` holds the first two values and `microBeyond`
 * the second onwards, so the two lines meet.
 */
export function splitAtCeiling(
  rows: readonly NetByDaysRow[],
  ceilingEurPerYear: number,
): CeilingSplitRow[] {
  const within = rows.map((row) => row.turnoverEurPerYear <= ceilingEurPerYear)
  return rows.map((row, i) => ({
    ...row,
    microWithin: within[i] ? row.micro : null,
    microBeyond: !within[i] || within[i + 1] === false ? row.micro : null,
  }))
}
