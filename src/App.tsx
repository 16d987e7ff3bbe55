import './App.css'
import { Fragment } from 'react'
import { AfterHydration, lazyPart } from './components/AfterHydration'
import { LaterPanels, LazyVerdict } from './components/answer/LaterPanels'
import { MoreInputs } from './components/answer/MoreInputs'
import { StaleNotice } from './components/answer/StaleNotice'
import { DataSource } from './components/DataSource'
import { ErrorBoundary, PageErrorBoundary } from './components/ErrorBoundary'
import { InputsPanel } from './components/InputsPanel'
import { NetPanel } from './components/net/NetPanel'
import { SocialProvider } from './components/net/SocialProvider'
import { Results } from './components/Results'
import { Toolbar } from './components/Toolbar'
import { useText } from './i18n'
import { useCalculator } from './store'

// The gross charts and their tables, at the foot of the page: after hydration, in a chunk of their
// own (with the chart frame the net panel's charts share), outside the first-load budget.
const Charts = lazyPart(() =>
  import('./components/charts/Charts').then((m) => ({ default: m.Charts })),
)

/** The charts section's place while its code loads: its heading, so the page does not jump. */
function ChartsPlaceholder() {
  const t = useText()
  return (
    <section className="charts" aria-labelledby="charts-heading">
      <h2 id="charts-heading">{t.charts.heading}</h2>
      <p className="chart-loading">{t.charts.loading}</p>
    </section>
  )
}

// The notices appear once the page has started (they come from the link and the saved state
// read at start-up): loaded after hydration, with their texts, outside the first-load budget.
const Notices = lazyPart(() => import('./components/Notices').then((m) => ({ default: m.Notices })))

// The new-version notice and the service worker's page side load after the first view, outside
// the first-load budget: there is nothing to announce before the page has started.
const LazyUpdateBanner = lazyPart(() =>
  import('./components/UpdateBanner').then((m) => ({ default: m.UpdateBanner })),
)

/** The notice, in the browser only (after hydration): the prerendering has nothing to show. */
function UpdateBanner() {
  return (
    <AfterHydration>
      <LazyUpdateBanner />
    </AfterHydration>
  )
}

/** The whole page: inputs on one side, results and charts on the other. */
export function App() {
  const t = useText()
  // Drawn anew after each reset, so that nothing typed or loaded before survives it.
  const epoch = useCalculator((s) => s.epoch)
  return (
    <PageErrorBoundary>
      <header className="page-header">
        <h1>{t.title}</h1>
        <p className="tagline">{t.tagline}</p>
        <Toolbar />
        <UpdateBanner />
        <AfterHydration>
          <Notices />
        </AfterHydration>
      </header>
      <Fragment key={epoch}>
        <SocialProvider>
          <main className="layout">
            <div className="column-inputs">
              <InputsPanel />
              <MoreInputs />
            </div>
            {/* The answers first: verdict, net per status, then what it takes and the details. */}
            <div className="column-results">
              <StaleNotice />
              <ErrorBoundary what={t.panels.verdict}>
                <LazyVerdict />
              </ErrorBoundary>
              <ErrorBoundary what={t.panels.net}>
                <NetPanel />
              </ErrorBoundary>
              {/* The social protection table sits inside the net panel, right after its table. */}
              <LaterPanels />
              <Results />
              <ErrorBoundary what={t.panels.charts}>
                <AfterHydration fallback={<ChartsPlaceholder />}>
                  <Charts />
                </AfterHydration>
              </ErrorBoundary>
            </div>
          </main>
        </SocialProvider>
        <footer className="page-footer">
          <DataSource />
        </footer>
      </Fragment>
    </PageErrorBoundary>
  )
}
