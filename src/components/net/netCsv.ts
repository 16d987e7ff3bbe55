import type { CsvTable } from '../../domain'
import type { Catalogue } from '../../i18n'
import type { ExportCatalogue } from '../../i18n/fr-export'
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
  e: ExportCatalogue,
  statuses: readonly Status[],
  figures: SocialResult['results'],
  breakEven: BreakEvenResult | null,
  acre: boolean,
): CsvTable {
  const cdiNet = figures.cdi.netAfterTaxEurPerYear
  const rows: [string, (status: Status) => number | null][] = [
    [e.eurPerYear(t.net.rows.gross), (s) => figures[s].grossOrTurnoverEurPerYear],
    // As the page's rows: what the company pays, and the contributions with both shares.
    [
      e.eurPerYear(t.honest.rows.employerCost),
      (s) => (s === 'cdi' ? employerCostOf(figures.cdi) : figures[s].grossOrTurnoverEurPerYear),
    ],
    [e.eurPerYear(t.honest.rows.contributions), (s) => allContributionsOf(figures[s])],
    [
      e.eurPerYear(t.honest.rows.employeeShare),
      (s) => figures[s].employeeContributionsEurPerYear ?? null,
    ],
    [
      e.eurPerYear(t.honest.rows.employerShare),
      (s) => figures[s].employerContributionsEurPerYear ?? null,
    ],
    [
      e.eurPerYear(t.honest.rows.healthAndProvident),
      (s) => figures[s].healthAndProvidentEurPerYear ?? null,
    ],
    [e.eurPerYear(t.net.rows.netBeforeTax), (s) => figures[s].netBeforeTaxEurPerYear],
    [e.eurPerYear(t.net.rows.incomeTax), (s) => figures[s].incomeTaxEurPerYear],
    [e.eurPerYear(t.net.rows.netAfterTax), (s) => figures[s].netAfterTaxEurPerYear],
    [e.eurPerMonth(t.net.rows.perMonth), (s) => figures[s].netAfterTaxEurPerYear / 12],
    [
      e.eurPerYear(t.net.rows.vsCdi),
      (s) => (s === 'cdi' ? null : figures[s].netAfterTaxEurPerYear - cdiNet),
    ],
    [
      e.eurPerDay(t.net.rows.breakEven),
      (s) => {
        if (s === 'cdi' || breakEven === null) return null
        const tjm = breakEven.statuses[s as Exclude<Status, 'cdi'>]?.tjmEurPerDay ?? null
        return tjm === null ? null : Math.ceil(tjm)
      },
    ],
  ]
  return {
    fileName: e.files.net,
    header: [e.row, ...statuses.map((s) => csvStatusLabel(e, s, t.net.labels[s], acre))],
    rows: rows.map(([label, value]) => [label, ...statuses.map(value)]),
  }
}
