import './App.css'
import { Fragment } from 'react'
import { Charts } from './components/charts/Charts'
import { DataSource } from './components/DataSource'
import { DaysBreakdown } from './components/DaysBreakdown'
import { ErrorBoundary, PageErrorBoundary } from './components/ErrorBoundary'
import { InputsPanel } from './components/InputsPanel'
import { NetPanel } from './components/net/NetPanel'
import { Results } from './components/Results'
import { Toolbar } from './components/Toolbar'
import { useText } from './i18n'
import { useCalculator } from './store'

/** What the link or the saved state could not give as it came, with a way back where there is one. */
function Notices() {
  const notices = useCalculator((s) => s.notices)
  const restoreSaved = useCalculator((s) => s.restoreSaved)
  const t = useText()
  return (
    <>
      {notices.linkUnreadable.length > 0 && (
        <p className="notice" role="status">
          {t.url.notice(notices.linkUnreadable.join(', '))}
        </p>
      )}
      {notices.replacedSaved !== null && (
        <p className="notice" role="status">
          {t.url.replacedSaved}{' '}
          <button type="button" className="link-button" onClick={restoreSaved}>
            {t.url.backToSaved}
          </button>
        </p>
      )}
      {notices.savedUnreadable.length > 0 && (
        <p className="notice" role="status">
          {t.saved.notice(notices.savedUnreadable.map((key) => t.saved.fields[key]).join(', '))}
        </p>
      )}
    </>
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
        <Notices />
      </header>
      <Fragment key={epoch}>
        <main className="layout">
          <div className="column-inputs">
            <InputsPanel />
            <ErrorBoundary what={t.panels.days}>
              <DaysBreakdown />
            </ErrorBoundary>
          </div>
          <div className="column-results">
            <Results />
            <ErrorBoundary what={t.panels.net}>
              <NetPanel />
            </ErrorBoundary>
            <ErrorBoundary what={t.panels.charts}>
              <Charts />
            </ErrorBoundary>
          </div>
        </main>
        <footer className="page-footer">
          <DataSource />
        </footer>
      </Fragment>
    </PageErrorBoundary>
  )
}
