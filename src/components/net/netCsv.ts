import type { CsvTable } from '../../domain'
import type { Catalogue } from '../../i18n'
import type { BreakEvenResult, SocialResult, Status } from '../../social'
import { csvStatusLabel } from './csvLabel'

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
    [t.export.eurPerYear(t.net.rows.contributions), (s) => figures[s].contributionsEurPerYear],
    [t.export.eurPerYear(t.net.rows.netBeforeTax), (s) => figures[s].netBeforeTaxEurPerYear],
    [t.export.eurPerYear(t.net.rows.incomeTax), (s) => figures[s].incomeTaxEurPerYear],
    [t.export.eurPerYear(t.net.rows.netAfterTax), (s) => figures[s].netAfterTaxEurPerYear],
    [`${t.net.rows.perMonth} (€/mois)`, (s) => figures[s].netAfterTaxEurPerYear / 12],
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
