import './Toolbar.css'
import { useState } from 'react'
import { useText } from '../i18n'
import { useCalculator } from '../store'
import { LanguageSwitch } from './Language'

/** Copy a link that reproduces the simulation, or start again from the defaults. */
export function Toolbar() {
  const t = useText()
  const reset = useCalculator((s) => s.reset)
  const [status, setStatus] = useState('')

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(window.location.href)
      setStatus(t.actions.copied)
    } catch {
      setStatus(t.actions.copyFailed)
    }
  }

  return (
    <div className="toolbar">
      <button type="button" onClick={copyLink}>
        {t.actions.copy}
      </button>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          // A fresh visit has no status line either.
          setStatus('')
          reset()
        }}
      >
        {t.actions.reset}
      </button>
      <button type="button" className="secondary" onClick={() => window.print()}>
        {t.export.print}
      </button>
      <LanguageSwitch name={t.language.other} onFailed={() => setStatus(t.language.failed)} />
      <p className="toolbar-status" role="status">
        {status}
      </p>
    </div>
  )
}
