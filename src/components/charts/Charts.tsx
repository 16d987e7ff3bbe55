import { lazy, type ReactNode, type RefObject, Suspense, useEffect, useRef, useState } from 'react'
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

/**
 * True once the element comes within a screen of the viewport, and from then on. The server's HTML
 * and the first client render have no chart, so they agree; charts far below the fold cost
 * nothing until the person scrolls towards them.
 */
function useNearViewport(ref: RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(false)
  useEffect(() => {
    const element = ref.current
    if (near || !element) return
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true)
      return
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true)
      },
      { rootMargin: '100% 0px' },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref, near])
  return near
}

type FigureProps = {
  id: string
  title: string
  label: string
  chart: ReactNode
  table: ReactNode
}

/**
 * A chart with its accessible name, a height reserved in CSS (no inline style, for the CSP) so
 * nothing shifts when the chart arrives, and its data table.
 */
function ChartFigure({ id, title, label, chart, table }: FigureProps) {
  const box = useRef<HTMLDivElement>(null)
  const live = useNearViewport(box)
  const loading = <p className="chart-loading">{fr.charts.loading}</p>
  return (
    <figure className="card chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>
        <h3>{title}</h3>
      </figcaption>
      <div ref={box} className={`chart-box ${id}`} role="img" aria-label={label}>
        {live ? <Suspense fallback={loading}>{chart}</Suspense> : loading}
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
