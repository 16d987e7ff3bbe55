import './MoreInputs.css'
import { useId, useState } from 'react'
import { formatEur, formatNumber } from '../../domain'
import { useText } from '../../i18n'
import { DaysBreakdown } from '../DaysBreakdown'
import { ErrorBoundary } from '../ErrorBoundary'
import { SalaryField } from '../InputsPanel'
import { useResults } from '../useResults'

/**
 * The inputs after the first three: on a phone they fold away behind a line that sums up their
 * values (the verdict comes right after the first inputs); on a wide screen they are always shown.
 */
export function MoreInputs() {
  const t = useText()
  const id = useId()
  const [open, setOpen] = useState(false)
  const { inputs, results } = useResults()
  return (
    <div className="more-inputs">
      <div className="card more-inputs-bar">
        <h2 className="more-inputs-title">{t.answer.moreInputs}</h2>
        <p className="muted">
          {t.answer.moreInputsSummary(
            formatEur(inputs.salaryGrossEurPerYear),
            formatNumber(results.calendar.billableDays),
            String(inputs.year),
          )}
        </p>
        <button
          type="button"
          className="secondary"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? t.answer.showLess : t.answer.showMore}
        </button>
      </div>
      {/* Folded by a class, not `hidden`: only a phone's stylesheet folds it. */}
      <div id={id} className={open ? 'more-inputs-content' : 'more-inputs-content folded'}>
        <div className="card salary-card">
          <SalaryField />
        </div>
        <ErrorBoundary what={t.panels.days}>
          <DaysBreakdown />
        </ErrorBoundary>
      </div>
    </div>
  )
}
