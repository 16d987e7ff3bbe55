import { useMemo } from 'react'
import { formatEur, formatNumber } from '../../domain'
import { useChartsTexts } from '../../i18n/charts'
import { useNetChartsText } from '../../i18n/net-charts'
import type { SocialResult } from '../../social'
import { netBreakdownSeries, netByDaysSeries, splitAtCeiling } from '../../social/page'
import { ChartFigure, NetByDaysChart, NetChart } from '../charts/ChartFigure'
import { breakdownSeries, statusSeries } from '../charts/series'
import { withCsv } from '../charts/withCsv'
import { DataTable } from '../DataTable'
import { csvStatusLabel } from './csvLabel'
import { STATUS_ORDER } from './statusOrder'
import type { SocialView } from './useSocialModel'
import { allContributionsOf, employerCostOf } from './wholeRows'

type Props = {
  /** The net figures of every status, null until the model has answered. */
  figures: SocialResult['results'] | null
  /** The social model's state: the net-by-days curve and whether it is being recomputed. */
  social: SocialView
  /** The person's billable days. */
  days: number
  /** The person's TJM, formatted. */
  tjmText: string
}

/**
 * The net panel's two charts with their data tables: contributions, tax and net by status, and
 * net after tax against billable days. Below the net table; loaded after hydration, in a chunk of
 * its own, so that the first load stays within its budget.
 */
export function NetCharts({ figures, social, days, tjmText }: Props) {
  const t = useChartsTexts()
  const n = useNetChartsText()
  const microCeiling = figures?.micro.ceilingEurPerYear
  // ACRE as in the inputs these figures were computed for: the CSVs name it.
  const acre = social.resultInputs?.acreCreationDate !== undefined
  const breakdown = useMemo(
    () =>
      figures
        ? netBreakdownSeries(
            STATUS_ORDER.map((status) => ({
              key: status,
              label: t.net.short[status],
              ...figures[status],
              // Every bar from what is paid for the work: the CDI's from its employer cost.
              grossOrTurnoverEurPerYear:
                status === 'cdi'
                  ? (employerCostOf(figures.cdi) ?? figures.cdi.grossOrTurnoverEurPerYear)
                  : figures[status].grossOrTurnoverEurPerYear,
              contributionsEurPerYear: allContributionsOf(figures[status]),
            })),
          )
        : [],
    [figures, t],
  )
  const chart = useMemo(() => <NetChart data={breakdown} />, [breakdown])

  // The curve comes last and slowest: while it is computed, its chart and table say so rather
  // than show a curve of other inputs.
  const curve = social.netByDaysUpdating ? null : social.netByDays
  const daysRows = useMemo(() => {
    if (!curve) return []
    const rows = netByDaysSeries(curve.points, days)
    return microCeiling === undefined ? rows : splitAtCeiling(rows, microCeiling)
  }, [curve, days, microCeiling])
  const daysChart = useMemo(
    () =>
      curve ? (
        <NetByDaysChart data={daysRows} statuses={STATUS_ORDER} currentDays={days} />
      ) : (
        <p className="chart-loading">{t.charts.loading}</p>
      ),
    [curve, daysRows, days, t],
  )
  return (
    <>
      <ChartFigure
        id="chart-net"
        settleMs={120}
        title={n.chartTitle}
        label={n.chartLabel}
        chart={chart}
        csv={() =>
          withCsv(t, (m, e) =>
            m.seriesCsv(
              e.files.breakdown,
              {
                header: t.charts.rowHeader.status,
                value: (b) => csvStatusLabel(e, b.key, b.label, acre),
              },
              breakdown,
              breakdownSeries(t),
              e.eurPerYear,
            ),
          )
        }
        table={
          <DataTable
            caption={n.chartTitle}
            columns={[t.charts.rowHeader.status, ...breakdownSeries(t).map((s) => s.label)]}
            rows={breakdown.map((b) => ({
              key: b.key,
              header: b.label,
              cells: breakdownSeries(t).map((s) => formatEur(b[s.key])),
            }))}
          />
        }
      />
      <p className="muted">{n.days(formatNumber(days))}</p>
      <ChartFigure
        id="chart-net-days"
        settleMs={160}
        title={n.daysChartTitle}
        label={n.daysChartLabel(tjmText, formatNumber(days))}
        chart={daysChart}
        csv={() =>
          withCsv(t, (m, e) =>
            m.seriesCsv(
              e.files.netByDays,
              { header: e.days(n.daysColumn), value: (row) => row.days },
              daysRows,
              [
                { key: 'turnoverEurPerYear', label: n.turnoverColumn },
                ...statusSeries(t, STATUS_ORDER).map((s) => ({
                  ...s,
                  label: csvStatusLabel(e, s.key, s.label, acre),
                })),
              ],
              e.eurPerYear,
            ),
          )
        }
        table={
          <DataTable
            caption={n.daysChartTitle}
            columns={[
              n.daysColumn,
              n.turnoverColumn,
              ...statusSeries(t, STATUS_ORDER).map((s) => s.label),
            ]}
            rows={
              curve
                ? daysRows.map((row) => ({
                    key: row.days,
                    header: `${formatNumber(row.days)}${row.current ? n.yourDaysTag : ''}`,
                    cells: [
                      row.turnoverEurPerYear,
                      ...statusSeries(t, STATUS_ORDER).map((s) => row[s.key]),
                    ].map(formatEur),
                    current: row.current,
                  }))
                : [{ key: 'loading', header: t.charts.loading, cells: [] }]
            }
          />
        }
      />
      <p className="note">{n.daysChartNote(tjmText)}</p>
    </>
  )
}
