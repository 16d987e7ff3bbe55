import './GlossaryTerms.css'
import { useEffect, useId, useState } from 'react'
import { useText } from '../i18n'
import type { Glossary, GlossaryTerm } from '../i18n/glossary'

/** The glossary in the page's language, loaded with the first definition opened. */
function useGlossary(wanted: boolean): Glossary | null {
  const t = useText()
  const [glossary, setGlossary] = useState<Glossary | null>(null)
  useEffect(() => {
    if (!wanted) return
    let cancelled = false
    void t.glossary.load().then((loaded) => {
      if (!cancelled) setGlossary(loaded)
    })
    return () => {
      cancelled = true
    }
  }, [wanted, t])
  return glossary
}

/** One term: a disclosure button with the term's name, its definition below when open. */
function Term({ term }: { term: GlossaryTerm }) {
  const t = useText()
  const id = useId()
  const [open, setOpen] = useState(false)
  const glossary = useGlossary(open)
  const name = t.glossary.names[term]
  return (
    <span className="term">
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={t.glossary.define(name)}
        onClick={() => setOpen((o) => !o)}
      >
        {name}
      </button>
      <span id={id} className="term-definition" hidden={!open}>
        {open && (glossary ? glossary[term] : t.explain.loading)}
      </span>
    </span>
  )
}

/** "Lexique" terms next to where the words first appear, each an accessible disclosure. */
export function GlossaryTerms({ terms }: { terms: readonly GlossaryTerm[] }) {
  const t = useText()
  return (
    <p className="glossary-terms">
      <span>{t.glossary.heading}</span>{' '}
      {terms.map((term) => (
        <Term key={term} term={term} />
      ))}
    </p>
  )
}
