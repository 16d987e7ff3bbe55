import { useState } from 'react'
import { useCalculator } from '../store'
import { fr } from './text'

/** Copy a link that reproduces the simulation, or start again from the defaults. */
export function Toolbar() {
  const reset = useCalculator((s) => s.reset)
  const [status, setStatus] = useState('')

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(window.location.href)
      setStatus(fr.actions.copied)
    } catch {
      setStatus(fr.actions.copyFailed)
    }
  }

  return (
    <div className="toolbar">
      <button type="button" onClick={copyLink}>
        {fr.actions.copy}
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
        {fr.actions.reset}
      </button>
      <p className="toolbar-status" role="status">
        {status}
      </p>
    </div>
  )
}
