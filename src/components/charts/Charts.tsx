import { lazy, type ReactNode, Suspense } from 'react'
import {
  formatEur,
  grossComparisonSeries,
  revenueByDaysSeries,
  tjmByExperienceSeries,
} from '../../domain'
import { fr } from '../text'
import { useResults } from '../useResults'

// recharts weighs more than the rest of the page: it arrives in its own chunk, after first paint.
const drawings = () => import('./ChartDrawings')
const BandsChart = lazy(() => drawings().then((m) => ({ default: m.BandsChart })))
const RevenueChart = lazy(() => drawings().then((m) => ({ default: m.RevenueChart })))
const ComparisonChart = lazy(() => drawings().then((m) => ({ default: m.ComparisonChart })))

type FigureProps = {
  id: string
  title: string
  label: string
  height: number
  chart: ReactNode
  table: ReactNode
}

/** A chart with its accessible name, a reserved height so nothing shifts, and its data table. */
function ChartFigure({ id, title, label, height, chart, table }: FigureProps) {
  return (
    <figure className="card chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>
        <h3>{title}</h3>
      </figcaption>
      <div className="chart-box" role="img" aria-label={label} style={{ height }}>
        <Suspense fallback={<p className="chart-loading">{fr.charts.loading}</p>}>{chart}</Suspense>
      </div>
      <details>
        <summary>{fr.charts.showData}</summary>
        <div className="table-scroll">{table}</div>
      </details>
    </figure>
  )
}

/** The three charts of the gross calculator, each with a table of its data. */
export function Charts() {
  const { inputs, dataset, results } = useResults()
  const bands = tjmByExperienceSeries(results.band.index, dataset)
  const revenue = revenueByDaysSeries(results.band, results.tjmEurPerDay, results.days)
  const comparison = grossComparisonSeries(
    results.gross.revenueEurPerYear,
    inputs.salaryGrossEurPerYear,
  )
  const { salary } = dataset

  return (
    <section className="charts" aria-labelledby="charts-heading">
      <h2 id="charts-heading">{fr.charts.heading}</h2>
      <ChartFigure
        id="chart-bands"
        title={fr.charts.bands}
        label={fr.charts.bandsLabel}
        height={280}
        chart={<BandsChart data={bands} />}
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
        title={fr.charts.revenue}
        label={fr.charts.revenueLabel}
        height={300}
        chart={
          <RevenueChart
            data={revenue}
            salary={salary}
            point={{ days: results.days, revenueEurPerYear: results.gross.revenueEurPerYear }}
          />
        }
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
        title={fr.charts.comparison}
        label={fr.charts.comparisonLabel}
        height={200}
        chart={<ComparisonChart data={comparison} />}
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
