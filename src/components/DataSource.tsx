import './DataSource.css'
import { ctoFrance } from '../domain'
import { useText } from '../i18n'
import { useCalculator } from '../store'
import { AfterHydration, lazyPart } from './AfterHydration'

const DataActions = lazyPart(() =>
  import('./DataActions').then((m) => ({ default: m.DataActions })),
)

/** Where the figures come from, and a way to use or save another dataset of the same shape. */
export function DataSource() {
  const t = useText()
  const dataset = useCalculator((s) => s.dataset)
  // The shipped source's own words are French whatever the page's language; a loaded file's are
  // of unknown language.
  const quoted = dataset === ctoFrance ? 'fr' : undefined
  return (
    <section aria-labelledby="source-heading">
      <h2 id="source-heading">{t.footer.source}</h2>
      <p>
        <strong lang={quoted}>{dataset.role}</strong>
        {dataset === ctoFrance ? '' : ` — ${t.data.custom}`}
      </p>
      <p lang={quoted}>{t.data.salaryQuote(dataset.salary.source, dataset.salary.quote)}</p>
      <p lang={quoted}>{t.data.tjmQuote(dataset.tjm.source, dataset.tjm.quote)}</p>
      <p className="muted" lang={quoted}>
        {dataset.document}
      </p>
      <AfterHydration>
        <DataActions />
      </AfterHydration>
    </section>
  )
}
