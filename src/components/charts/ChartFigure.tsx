import './ChartFigure.css'
import {
  type ComponentProps,
  lazy,
  type ReactNode,
  type RefObject,
  Suspense,
  useEffect,
  useRef,
  useState,
} from 'react'
import type { CsvTable } from '../../domain'
import { useChartsTexts } from '../../i18n/charts'
import { CsvButton } from '../CsvButton'
import { ErrorBoundary } from '../ErrorBoundary'
import { useSettled } from '../useSettled'

type Drawings = typeof import('./ChartDrawings')

// recharts weighs more than the rest of the page: it arrives in its own chunk, after first paint.
// A dynamic import that failed once stays failed for its URL (the browser's module map keeps the
// failure), so a retry imports the chunk again from a URL of its own (`?retry=N`).
let drawings: Promise<Drawings> | null = null
let failed = false
let attempts = 0
/** The chunk's URL, read from the failed import's message; null until one failed. */
let chunkUrl: string | null = null
const retryListeners = new Set<() => void>()

/** The URL a failed dynamic import names: "Failed to fetch dynamically imported module: <url>". */
function urlInMessage(error: unknown): string | null {
  const match = /(https?:\/\/[^\s'"]+)/.exec(error instanceof Error ? error.message : '')
  return match?.[1]?.replace(/[?#].*$/, '') ?? null
}

function loadDrawings(): Promise<Drawings> {
  drawings ??= (
    chunkUrl === null
      ? import('./ChartDrawings')
      : (import(/* @vite-ignore */ `${chunkUrl}?retry=${attempts}`) as Promise<Drawings>)
  ).catch((error: unknown) => {
    failed = true
    chunkUrl ??= urlInMessage(error)
    throw error
  })
  return drawings
}

/**
 * Forgets a failed load of the charts and tells every chart that failed to try again: the next
 * draw fetches the chunk anew. Does nothing while the last load has not failed.
 */
export function retryDrawings(): void {
  if (!failed) return
  failed = false
  attempts += 1
  drawings = null
  lazyCharts = lazyDrawings()
  for (const retry of [...retryListeners]) retry()
}

/** Subscribes a failed chart to the retries another chart (or the network coming back) starts. */
function onDrawingsRetry(retry: () => void): () => void {
  retryListeners.add(retry)
  return () => retryListeners.delete(retry)
}

/** One chart of the drawings' chunk as a lazy component: it loads the chunk (loadDrawings). */
function lazyChart<Name extends keyof Drawings>(name: Name) {
  return lazy(() => loadDrawings().then((m) => ({ default: m[name] })))
}

/** The charts as lazy components; made anew by a retry, since React.lazy keeps a failure. */
function lazyDrawings() {
  return {
    BandsChart: lazyChart('BandsChart'),
    RevenueChart: lazyChart('RevenueChart'),
    ComparisonChart: lazyChart('ComparisonChart'),
    NetChart: lazyChart('NetChart'),
    NetByDaysChart: lazyChart('NetByDaysChart'),
    SplitChart: lazyChart('SplitChart'),
  }
}
let lazyCharts = lazyDrawings()

// Each chart reads the current lazy component at render time: after a retry it is a new one,
// which React mounts afresh, and which imports the chunk again.
export function BandsChart(props: ComponentProps<Drawings['BandsChart']>) {
  const Drawn = lazyCharts.BandsChart
  return <Drawn {...props} />
}

export function RevenueChart(props: ComponentProps<Drawings['RevenueChart']>) {
  const Drawn = lazyCharts.RevenueChart
  return <Drawn {...props} />
}

export function ComparisonChart(props: ComponentProps<Drawings['ComparisonChart']>) {
  const Drawn = lazyCharts.ComparisonChart
  return <Drawn {...props} />
}

export function NetChart(props: ComponentProps<Drawings['NetChart']>) {
  const Drawn = lazyCharts.NetChart
  return <Drawn {...props} />
}

export function NetByDaysChart(props: ComponentProps<Drawings['NetByDaysChart']>) {
  const Drawn = lazyCharts.NetByDaysChart
  return <Drawn {...props} />
}

export function SplitChart(props: ComponentProps<Drawings['SplitChart']>) {
  const Drawn = lazyCharts.SplitChart
  return <Drawn {...props} />
}

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
  /** The chart's data for "Exporter en CSV", with units in its header. */
  csv?: () => CsvTable | Promise<CsvTable>
}

/**
 * A chart with its accessible name, a height reserved in CSS (no inline style, for the CSP) so
 * nothing shifts when the chart arrives, and its data table.
 */
export function ChartFigure({ id, settleMs, title, label, chart, table, csv }: FigureProps) {
  const t = useChartsTexts()
  const box = useRef<HTMLDivElement>(null)
  const live = useNearViewport(box)
  const drawn = useSettled(chart, settleMs)
  const loading = <p className="chart-loading">{t.charts.loading}</p>
  return (
    <figure className="card chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>
        <h3>{title}</h3>
      </figcaption>
      {/* A chart that cannot load fails alone: its table, and the panel around it, still show. */}
      <ErrorBoundary
        what={t.charts.chartWhat(title)}
        onRetry={retryDrawings}
        retryWith={onDrawingsRetry}
      >
        <div ref={box} className={`chart-box ${id}`} role="img" aria-label={label}>
          {live ? <Suspense fallback={loading}>{drawn}</Suspense> : loading}
        </div>
      </ErrorBoundary>
      <details>
        <summary>{t.charts.showData}</summary>
        {table}
      </details>
      {csv && <CsvButton table={csv} what={title} />}
    </figure>
  )
}
