import { useMemo } from 'react'
import { formatEur } from '../../domain'
// Straight from their module, not the domain's index: only this lazy chunk needs them, so they
// stay out of the first load.
import {
  grossComparisonSeries,
  revenueByDaysSeries,
  tjmByExperienceSeries,
} from '../../domain/chart-data'
import { useChartsTexts } from '../../i18n/charts'
import { DataTable } from '../DataTable'
import { useResults } from '../useResults'
import { BandsChart, ChartFigure, ComparisonChart, RevenueChart } from './ChartFigure'
import { bandSeries, comparisonSeries, revenueSeries } from './series'
import { withCsv } from './withCsv'

/** The three charts of the gross calculator, each with a table of its data. */
export function Charts() {
  const t = useChartsTexts()
  const { inputs, dataset, results } = useResults()
  const { salary } = dataset
  const { band, tjmEurPerDay, days, gross } = results
  const bands = useMemo(
    () => tjmByExperienceSeries(band.index, dataset, t.results.bandName),
    [band.index, dataset, t],
  )
  const revenue = useMemo(
    () => revenueByDaysSeries(band, tjmEurPerDay, days),
    [band, tjmEurPerDay, days],
  )
  const comparison = useMemo(
    () => grossComparisonSeries(gross.revenueEurPerYear, inputs.salaryGrossEurPerYear),
    [gross.revenueEurPerYear, inputs.salaryGrossEurPerYear],
  )
  // Chart elements keep their identity while their data does, so a chart redraws only on change.
  const bandsChart = useMemo(() => <BandsChart data={bands} />, [bands])
  const revenueChart = useMemo(
    () => (
      <RevenueChart
        data={revenue}
        salary={salary}
        point={{ days, revenueEurPerYear: gross.revenueEurPerYear }}
      />
    ),
    [revenue, salary, days, gross.revenueEurPerYear],
  )
  const comparisonChart = useMemo(() => <ComparisonChart data={comparison} />, [comparison])

  return (
    <section className="charts" aria-labelledby="charts-heading">
      <h2 id="charts-heading">{t.charts.heading}</h2>
      <ChartFigure
        id="chart-bands"
        settleMs={120}
        title={t.charts.bands}
        label={t.charts.bandsLabel}
        chart={bandsChart}
        csv={() => withCsv(t, (m, e) => m.bandsCsv(t, e, bands))}
        table={
          <DataTable
            caption={t.charts.bands}
            columns={[
              t.charts.rowHeader.band,
              t.charts.series.tjmMin,
              t.charts.series.tjmMax,
              bandSeries(t)[1].label,
            ]}
            rows={bands.map((b) => ({
              key: b.label,
              header: b.current ? t.charts.yours(b.label) : b.label,
              cells: [
                formatEur(b.range[0]),
                formatEur(b.range[1]),
                b.topRange
                  ? `${formatEur(b.topRange[0])} – ${formatEur(b.topRange[1])}`
                  : t.charts.noValue,
              ],
              current: b.current,
            }))}
          />
        }
      />
      <ChartFigure
        id="chart-revenue"
        settleMs={150}
        title={t.charts.revenue}
        label={t.charts.revenueLabel}
        chart={revenueChart}
        csv={() =>
          withCsv(t, (m, e) =>
            m.seriesCsv(
              e.files.revenue,
              { header: e.days(t.charts.rowHeader.days), value: (r) => r.days },
              revenue,
              revenueSeries(t),
              (tjm) => e.eurPerYear(t.charts.revenueAt(tjm)),
            ),
          )
        }
        table={
          <DataTable
            caption={t.charts.revenue}
            columns={[t.charts.rowHeader.days, ...revenueSeries(t).map((s) => s.label)]}
            rows={revenue.map((r) => ({
              key: r.days,
              header: r.days,
              cells: revenueSeries(t).map((s) => formatEur(r[s.key])),
            }))}
          />
        }
      />
      <ChartFigure
        id="chart-comparison"
        settleMs={180}
        title={t.charts.comparison}
        label={t.charts.comparisonLabel}
        chart={comparisonChart}
        csv={() => withCsv(t, (m, e) => m.comparisonCsv(t, e, comparison, comparisonSeries(t)))}
        table={
          <DataTable
            caption={t.charts.comparison}
            rows={comparisonSeries(t).map((s) => ({
              key: s.key,
              header: s.label,
              cells: [formatEur(comparison.find((c) => c.key === s.key)?.eurPerYear ?? 0)],
            }))}
          />
        }
      />
    </section>
  )
}
