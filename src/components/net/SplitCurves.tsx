// The optimal splits' curves under the director's pay panel: the net after tax against the
// salary's cost at each point the search evaluated, as a chart with its table and CSV.
import { formatEur } from '../../domain'
import type { Catalogue } from '../../i18n'
import type { CompanyPayCatalogue } from '../../i18n/company-pay'
import type { StatusResult } from '../../social'
import { ChartFigure, SplitChart } from '../charts/ChartFigure'
import type { SplitCurve } from '../charts/drawings/SplitChart'
import type { CompanyPayPanelParts } from './CompanyPayPanel'
import { csvStatusLabel } from './csvLabel'

/** The narrowest range of pay costs, in €/year, whose curve is drawn. */
const MIN_CURVE_SPAN_EUR = 1000

/** A curve as drawn, with each point's gross salary for its table. */
type SplitCurveData = Omit<SplitCurve, 'points'> & {
  points: (SplitCurve['points'][number] & { grossEurPerYear: number })[]
}

/**
 * The net after tax against the salary's cost that each optimal split was found on (SASU, EURL à
 * l'IS when its capital leaves room for dividends), as a chart with its table and CSV; nothing
 * when no status seeks its best split.
 */
export function SplitCurves({
  t,
  c,
  results,
  acre,
  DataTable,
}: {
  t: Catalogue
  c: CompanyPayCatalogue
  results: Record<'sasu' | 'eurlIs', StatusResult>
  acre: boolean
  DataTable: CompanyPayPanelParts['DataTable']
}) {
  const curves = (['sasu', 'eurlIs'] as const).flatMap((status): SplitCurveData[] => {
    const result = results[status]
    const points = result.splitCurve ?? []
    // An EURL à l'IS distributes 10 % of its capital at most: its pays tried lie within a few
    // hundred euros, a curve with nothing to show.
    const costs = points.map((p) => p.salaryCostEurPerYear)
    if (points.length < 2 || Math.max(...costs) - Math.min(...costs) < MIN_CURVE_SPAN_EUR) return []
    const cost = result.extraFigures?.salaryCostEurPerYear
    return [
      {
        status,
        label: t.net.labels[status],
        points: points.map((p) => ({
          costEurPerYear: p.salaryCostEurPerYear,
          grossEurPerYear: p.salaryGrossEurPerYear,
          netAfterTaxEurPerYear: p.netAfterTaxEurPerYear,
        })),
        chosen:
          cost === undefined
            ? null
            : { costEurPerYear: cost, netAfterTaxEurPerYear: result.netAfterTaxEurPerYear },
      },
    ]
  })
  if (curves.length === 0) return null
  const rows = curves.flatMap((curve) =>
    curve.points.map((p) => ({ ...p, status: curve.status, label: curve.label })),
  )
  const columns = c.curveColumns
  return (
    <>
      <ChartFigure
        id="chart-split"
        settleMs={140}
        title={c.curveTitle}
        label={c.curveLabel(curves.map((curve) => curve.label).join(', '))}
        chart={<SplitChart curves={curves} costLabel={c.curveCost} />}
        csv={async () => {
          const e = await t.export.texts()
          return {
            fileName: c.curveFile,
            header: [
              columns.status,
              e.eurPerYear(columns.cost),
              e.eurPerYear(columns.gross),
              e.eurPerYear(columns.net),
            ],
            rows: rows.map((r) => [
              csvStatusLabel(e, r.status, r.label, acre),
              r.costEurPerYear,
              r.grossEurPerYear,
              r.netAfterTaxEurPerYear,
            ]),
          }
        }}
        table={
          <DataTable
            caption={c.curveTitle}
            columns={[columns.cost, columns.status, columns.gross, columns.net]}
            rows={rows.map((r) => ({
              key: `${r.status}-${r.costEurPerYear}`,
              header: formatEur(r.costEurPerYear),
              cells: [r.label, formatEur(r.grossEurPerYear), formatEur(r.netAfterTaxEurPerYear)],
              current: curves.some(
                (curve) =>
                  curve.status === r.status && curve.chosen?.costEurPerYear === r.costEurPerYear,
              ),
            }))}
          />
        }
      />
      <p className="note">{c.curveNote}</p>
    </>
  )
}
