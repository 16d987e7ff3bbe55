import { useMemo } from 'react'
import {
  formatEur,
  grossComparisonSeries,
  revenueByDaysSeries,
  tjmByExperienceSeries,
} from '../../domain'
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
          <table>
            <thead>
              <tr>
                <th scope="col">Tranche</th>
                <th scope="col">TJM min</th>
                <th scope="col">TJM max</th>
                <th scope="col">Les mieux payés</th>
              </tr>
            </thead>
            <tbody>
              {bands.map((b) => (
                <tr key={b.label} className={b.current ? 'current' : undefined}>
                  <th scope="row">
                    {b.label}
                    {b.current && ' (vous)'}
                  </th>
                  <td>{formatEur(b.range[0])}</td>
                  <td>{formatEur(b.range[1])}</td>
                  <td>
                    {b.topRange ? `${formatEur(b.topRange[0])} – ${formatEur(b.topRange[1])}` : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      <ChartFigure
        id="chart-revenue"
        settleMs={150}
        title={fr.charts.revenue}
        label={fr.charts.revenueLabel}
        chart={revenueChart}
        table={
          <table>
            <thead>
              <tr>
                <th scope="col">Jours</th>
                <th scope="col">TJM min</th>
                <th scope="col">TJM milieu</th>
                <th scope="col">TJM max</th>
                <th scope="col">Votre TJM</th>
              </tr>
            </thead>
            <tbody>
              {revenue.map((r) => (
                <tr key={r.days}>
                  <th scope="row">{r.days}</th>
                  <td>{formatEur(r.min)}</td>
                  <td>{formatEur(r.mid)}</td>
                  <td>{formatEur(r.max)}</td>
                  <td>{formatEur(r.own)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      <ChartFigure
        id="chart-comparison"
        settleMs={180}
        title={fr.charts.comparison}
        label={fr.charts.comparisonLabel}
        chart={comparisonChart}
        table={
          <table>
            <tbody>
              {comparison.map((c) => (
                <tr key={c.key}>
                  <th scope="row">{c.label}</th>
                  <td>{formatEur(c.eurPerYear)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </section>
  )
}
