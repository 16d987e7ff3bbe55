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
