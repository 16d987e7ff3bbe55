import { useId, useState } from 'react'
import { useText } from '../i18n'
import type { GlossaryCatalogue, GlossaryTerm } from '../i18n/fr-glossary'

/**
 * Short definitions of the words a person may not know, where they first appear: one button per
 * term opens its definition right below (a disclosure, for the keyboard and screen readers alike,
 * not a tooltip on hover). The definitions load with the first one opened.
 */
export function Glossary({ terms }: { terms: readonly GlossaryTerm[] }) {
  const t = useText()
  const id = useId()
  const [open, setOpen] = useState<readonly GlossaryTerm[]>([])
  const [definitions, setDefinitions] = useState<GlossaryCatalogue | null>(null)
  // The definitions could not be fetched (offline before the service worker holds them).
  const [failed, setFailed] = useState(false)
  const toggle = (term: GlossaryTerm) => {
    if (!definitions) {
      t.glossary.definitions().then(
        (loaded) => {
          setDefinitions(loaded)
          setFailed(false)
        },
        () => setFailed(true),
      )
    }
    setOpen((o) => (o.includes(term) ? o.filter((x) => x !== term) : [...o, term]))
  }
  return (
    <div className="glossary">
      <span>{t.glossary.label}</span>
      {terms.map((term) => (
        <button
          key={term}
          type="button"
          className="link-button"
          aria-expanded={open.includes(term)}
          aria-controls={`${id}${term}`}
          onClick={() => toggle(term)}
        >
          {t.glossary.terms[term]}
        </button>
      ))}
      <dl>
        {terms.map((term) => (
          <div key={term} id={`${id}${term}`} hidden={!open.includes(term)}>
            <dt>{t.glossary.terms[term]}</dt>
            <dd>{definitions?.[term] ?? (failed ? t.glossary.failed : t.glossary.loading)}</dd>
          </div>
        ))}
      </dl>
    </div>
  )
}
