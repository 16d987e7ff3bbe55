import './ChartFigure.css'
import { lazy, type ReactNode, type RefObject, Suspense, useEffect, useRef, useState } from 'react'
import { useText } from '../../i18n'
import { useSettled } from '../useSettled'

// recharts weighs more than the rest of the page: it arrives in its own chunk, after first paint.
const drawings = () => import('./ChartDrawings')
export const BandsChart = lazy(() => drawings().then((m) => ({ default: m.BandsChart })))
export const RevenueChart = lazy(() => drawings().then((m) => ({ default: m.RevenueChart })))
export const ComparisonChart = lazy(() => drawings().then((m) => ({ default: m.ComparisonChart })))
export const NetChart = lazy(() => drawings().then((m) => ({ default: m.NetChart })))
export const NetByDaysChart = lazy(() => drawings().then((m) => ({ default: m.NetByDaysChart })))

/**
 * True once the element comes within 200 px of the viewport, and from then on. The server's HTML
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
      { rootMargin: '200px 0px' },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref, near])
  return near
}

type FigureProps = {
  id: string
  /** How long the inputs must rest before this chart redraws; staggered so each redraws apart. */
  settleMs: number
  title: string
  label: string
  chart: ReactNode
  table: ReactNode
}

/**
 * A chart with its accessible name, a height reserved in CSS (no inline style, for the CSP) so
 * nothing shifts when the chart arrives, and its data table.
 */
export function ChartFigure({ id, settleMs, title, label, chart, table }: FigureProps) {
  const t = useText()
  const box = useRef<HTMLDivElement>(null)
  const live = useNearViewport(box)
  const drawn = useSettled(chart, settleMs)
  const loading = <p className="chart-loading">{t.charts.loading}</p>
  return (
    <figure className="card chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>
        <h3>{title}</h3>
      </figcaption>
      <div ref={box} className={`chart-box ${id}`} role="img" aria-label={label}>
        {live ? <Suspense fallback={loading}>{drawn}</Suspense> : loading}
      </div>
      <details>
        <summary>{t.charts.showData}</summary>
        {table}
      </details>
    </figure>
  )
}
