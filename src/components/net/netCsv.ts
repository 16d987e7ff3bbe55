import type { CsvTable } from '../../domain'
import type { Catalogue } from '../../i18n'
import type { BreakEvenResult, SocialResult, Status } from '../../social'
import { csvStatusLabel } from './csvLabel'
import { allContributionsOf, employerCostOf } from './wholeRows'

/**
 * The net table as a CSV: one row per figure, one column per status, in € per year (per month for
 * the monthly row, € per day for the break-even TJM); what has no value (the CDI against itself, a
 * break-even out of reach or still computed) is an empty cell. With `acre`, the statuses it lowers
 * are headed "avec ACRE".
 */
export function netTableCsv(
  t: Catalogue,
  statuses: readonly Status[],
  figures: SocialResult['results'],
  breakEven: BreakEvenResult | null,
  acre: boolean,
): CsvTable {
  const cdiNet = figures.cdi.netAfterTaxEurPerYear
  const rows: [string, (status: Status) => number | null][] = [
    [t.export.eurPerYear(t.net.rows.gross), (s) => figures[s].grossOrTurnoverEurPerYear],
    // As the page's rows: what the company pays, and the contributions with both shares.
    [
      t.export.eurPerYear(t.honest.rows.employerCost),
      (s) => (s === 'cdi' ? employerCostOf(figures.cdi) : figures[s].grossOrTurnoverEurPerYear),
    ],
    [t.export.eurPerYear(t.honest.rows.contributions), (s) => allContributionsOf(figures[s])],
    [
      t.export.eurPerYear(t.honest.rows.employeeShare),
      (s) => figures[s].employeeContributionsEurPerYear ?? null,
    ],
    [
      t.export.eurPerYear(t.honest.rows.employerShare),
      (s) => figures[s].employerContributionsEurPerYear ?? null,
    ],
    [
      t.export.eurPerYear(t.honest.rows.healthAndProvident),
      (s) => figures[s].healthAndProvidentEurPerYear ?? null,
    ],
    [t.export.eurPerYear(t.net.rows.netBeforeTax), (s) => figures[s].netBeforeTaxEurPerYear],
    [t.export.eurPerYear(t.net.rows.incomeTax), (s) => figures[s].incomeTaxEurPerYear],
    [t.export.eurPerYear(t.net.rows.netAfterTax), (s) => figures[s].netAfterTaxEurPerYear],
    [t.export.eurPerMonth(t.net.rows.perMonth), (s) => figures[s].netAfterTaxEurPerYear / 12],
    [
      t.export.eurPerYear(t.net.rows.vsCdi),
      (s) => (s === 'cdi' ? null : figures[s].netAfterTaxEurPerYear - cdiNet),
    ],
    [
      t.export.eurPerDay(t.net.rows.breakEven),
      (s) => {
        if (s === 'cdi' || breakEven === null) return null
        const tjm = breakEven.statuses[s as Exclude<Status, 'cdi'>]?.tjmEurPerDay ?? null
        return tjm === null ? null : Math.ceil(tjm)
      },
    ],
  ]
  return {
    fileName: t.export.files.net,
    header: [t.export.row, ...statuses.map((s) => csvStatusLabel(t, s, t.net.labels[s], acre))],
    rows: rows.map(([label, value]) => [label, ...statuses.map(value)]),
  }
}
