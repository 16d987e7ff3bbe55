import { useId, useState } from 'react'
import { ctoFrance, type DatasetReading } from '../domain'
import { useDataActionsText } from '../i18n/data-actions'
import { useCalculator } from '../store'

/** Largest dataset file read; a real one is a few kilobytes. */
const MAX_FILE_BYTES = 1_000_000

type Outcome =
  | { kind: 'none' }
  | { kind: 'loaded'; name: string }
  | { kind: 'refused'; problems: string[] }

/**
 * Load a dataset file of the same shape, or save the one in use. Loaded after hydration, in a
 * chunk of its own: nothing here is needed for the first paint.
 */
export function DataActions() {
  const d = useDataActionsText()
  const dataset = useCalculator((s) => s.dataset)
  const loadDataset = useCalculator((s) => s.loadDataset)
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' })
  const fileId = useId()

  async function onFile(file: File | undefined) {
    if (!file) return
    if (file.size > MAX_FILE_BYTES) {
      setOutcome({ kind: 'refused', problems: [d.tooLarge] })
      return
    }
    let raw: unknown
    try {
      raw = JSON.parse(await file.text())
    } catch (e) {
      setOutcome({
        kind: 'refused',
        problems: [d.notJson(e instanceof Error ? e.message : String(e))],
      })
      return
    }
    const reading: DatasetReading = loadDataset(raw, d.datasetWords)
    setOutcome(
      reading.ok
        ? { kind: 'loaded', name: file.name }
        : {
            kind: 'refused',
            problems: reading.problems.map((p) => d.problem(p.path, p.message)),
          },
    )
  }

  function exportDataset() {
    const blob = new Blob([`${JSON.stringify(dataset, null, 2)}\n`], { type: 'application/json' })
    const url = URL.createObjectURL(blob)
    const link = document.createElement('a')
    link.href = url
    link.download = dataset === ctoFrance ? 'cto-france.json' : d.exportName
    link.click()
    setTimeout(() => URL.revokeObjectURL(url), 0)
  }

  return (
    <>
      <div className="data-actions">
        <label htmlFor={fileId} className="file-label">
          {d.load}
        </label>
        <input
          id={fileId}
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            void onFile(e.target.files?.[0])
            e.target.value = ''
          }}
        />
        <button type="button" className="secondary" onClick={exportDataset}>
          {d.export}
        </button>
      </div>
      <div role="status">
        {outcome.kind === 'loaded' && <p className="ok">{d.loaded(outcome.name)}</p>}
        {outcome.kind === 'refused' && (
          <div className="field-error">
            <p>{d.refused}</p>
            <ul>
              {outcome.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </>
  )
}
