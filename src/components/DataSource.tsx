import './DataSource.css'
import { lazy } from 'react'
import { ctoFrance } from '../domain'
import { useText } from '../i18n'
import { useCalculator } from '../store'
import { AfterHydration } from './AfterHydration'

const DataActions = lazy(() => import('./DataActions').then((m) => ({ default: m.DataActions })))

/** Where the figures come from, and a way to use or save another dataset of the same shape. */
export function DataSource() {
  const t = useText()
  const dataset = useCalculator((s) => s.dataset)
  return (
    <section aria-labelledby="source-heading">
      <h2 id="source-heading">{t.footer.source}</h2>
      <p>
        <strong>{dataset.role}</strong>
        {dataset === ctoFrance ? '' : ` — ${t.data.custom}`}
      </p>
      <p>{t.data.salaryQuote(dataset.salary.source, dataset.salary.quote)}</p>
      <p>{t.data.tjmQuote(dataset.tjm.source, dataset.tjm.quote)}</p>
      <p className="muted">{dataset.document}</p>
      <AfterHydration>
        <DataActions />
      </AfterHydration>
    </section>
  )
}
