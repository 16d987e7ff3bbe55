import './App.css'
import { Charts } from './components/charts/Charts'
import { DataSource } from './components/DataSource'
import { DaysBreakdown } from './components/DaysBreakdown'
import { ErrorBoundary } from './components/ErrorBoundary'
import { InputsPanel } from './components/InputsPanel'
import { NetPanel } from './components/net/NetPanel'
import { Results } from './components/Results'
import { Toolbar } from './components/Toolbar'
import { useText } from './i18n'

type Props = {
  /** Query names of the link that could not be read, shown once as a notice. */
  unreadable?: string[]
}

/** The whole page: inputs on one side, results and charts on the other. */
export function App({ unreadable = [] }: Props) {
  const t = useText()
  return (
    <>
      <header className="page-header">
        <h1>{t.title}</h1>
        <p className="tagline">{t.tagline}</p>
        <Toolbar />
        {unreadable.length > 0 && (
          <p className="notice" role="status">
            {t.url.notice(unreadable.join(', '))}
          </p>
        )}
      </header>
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
    </>
  )
}
