import { useMemo } from 'react'
import {
  formatEur,
  grossComparisonSeries,
  revenueByDaysSeries,
  tjmByExperienceSeries,
} from '../../domain'
import { DataTable } from '../DataTable'
import { fr } from '../text'
import { useResults } from '../useResults'
import { BandsChart, ChartFigure, ComparisonChart, RevenueChart } from './ChartFigure'

/** The three charts of the gross calculator, each with a table of its data. */
export function Charts() {
  const { inputs, dataset, results } = useResults()
  const { salary } = dataset
  const { band, tjmEurPerDay, days, gross } = results
  const bands = useMemo(() => tjmByExperienceSeries(band.index, dataset), [band.index, dataset])
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
      <h2 id="charts-heading">{fr.charts.heading}</h2>
      <ChartFigure
        id="chart-bands"
        settleMs={120}
        title={fr.charts.bands}
        label={fr.charts.bandsLabel}
        chart={bandsChart}
        table={
          <DataTable
            caption={fr.charts.bands}
            columns={['Tranche', 'TJM min', 'TJM max', 'Les mieux payés']}
            rows={bands.map((b) => ({
              key: b.label,
              header: `${b.label}${b.current ? ' (vous)' : ''}`,
              cells: [
                formatEur(b.range[0]),
                formatEur(b.range[1]),
                b.topRange ? `${formatEur(b.topRange[0])} – ${formatEur(b.topRange[1])}` : '—',
              ],
              current: b.current,
            }))}
          />
        }
      />
      <ChartFigure
        id="chart-revenue"
        settleMs={150}
        title={fr.charts.revenue}
        label={fr.charts.revenueLabel}
        chart={revenueChart}
        table={
          <DataTable
            caption={fr.charts.revenue}
            columns={['Jours', 'TJM min', 'TJM milieu', 'TJM max', 'Votre TJM']}
            rows={revenue.map((r) => ({
              key: r.days,
              header: r.days,
              cells: [r.min, r.mid, r.max, r.own].map(formatEur),
            }))}
          />
        }
      />
      <ChartFigure
        id="chart-comparison"
        settleMs={180}
        title={fr.charts.comparison}
        label={fr.charts.comparisonLabel}
        chart={comparisonChart}
        table={
          <DataTable
            caption={fr.charts.comparison}
            rows={comparison.map((c) => ({
              key: c.key,
              header: c.label,
              cells: [formatEur(c.eurPerYear)],
            }))}
          />
        }
      />
    </section>
  )
}
