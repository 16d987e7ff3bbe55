import './Explain.css'
import { type ReactNode, useId, useState } from 'react'
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

/** The lines of a formula, each on its own line. */
export function FormulaLines({ lines }: { lines: string[] }) {
  return (
    <ul className="formula">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  )
}
