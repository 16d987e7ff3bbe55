import './Explain.css'
import { type ReactNode, useEffect, useId, useState } from 'react'
import { formatEur, formatEurCents, formatNumber, formatPercent } from '../../domain'
import { useText } from '../../i18n'

/**
 * "Comment est-ce calculé ?" next to a figure: a disclosure button (aria-expanded) and the region
 * it controls, whose content is made only once opened (an explanation may be asked of the worker).
 * `what` names the figure for screen readers; `label` replaces the visible text of the button.
 */
export function Explain({
  what,
  label,
  children,
}: {
  what: string
  label?: string
  children: () => ReactNode
}) {
  const t = useText()
  const id = useId()
  const [open, setOpen] = useState(false)
  return (
    <div className="explain">
      <button
        type="button"
        className="link-button explain-button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={t.explain.about(what)}
        onClick={() => setOpen((o) => !o)}
      >
        {label ?? t.explain.button}
      </button>
      <section id={id} className="explain-panel" aria-label={t.explain.about(what)} hidden={!open}>
        {open && children()}
      </section>
    </div>
  )
}

type Formulas = typeof import('./formulas')

/**
 * The lines of a formula, each on its own line, written by `write` from the formulas module
 * (loaded with the first panel opened) and the texts; `writeKey` changes when the values do.
 */
export function FormulaLines({
  write,
  writeKey,
}: {
  write: (formulas: Formulas, t: import('./formulas').Text) => string[]
  writeKey: string
}) {
  const t = useText()
  const [lines, setLines] = useState<string[] | null>(null)
  // biome-ignore lint/correctness/useExhaustiveDependencies: `writeKey` says when `write` changes
  useEffect(() => {
    let cancelled = false
    void Promise.all([import('./formulas'), t.explain.formulas()]).then(([formulas, texts]) => {
      const text = { ...texts, formatEur, formatEurCents, formatNumber, formatPercent }
      if (!cancelled) setLines(write(formulas, text))
    })
    return () => {
      cancelled = true
    }
  }, [writeKey, t])
  if (lines === null) return <p role="status">{t.explain.loading}</p>
  return (
    <ul className="formula">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  )
}
