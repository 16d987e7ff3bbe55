import { use } from 'react'
import { FORFAIT_JOURS_DAYS_PER_YEAR, formatEur, formatNumber } from '../../domain'
import { useText } from '../../i18n'
import type { SocialResult } from '../../social'
import { notesOf } from './notes'

/** The year whose social rules modele-social 11.1.0 carries. */
const MODEL_RULES_YEAR = 2026

type Props = {
  figures: SocialResult['results']
  year: number
  /** Whether the micro-entreprise's break-even TJM gives a turnover above its ceiling. */
  breakEvenAboveCeiling: boolean
}

/**
 * Its texts come in a chunk of their own, loaded when first shown (suspends until then).
 * What the figures are and are not, said under the net table: the cost per day's basis, a salary
 * that cannot spend its budget, the micro ceiling against the break-even, the EI / EURL reform
 * the model lacks, the year of its rules, requalification and the portage limits.
 */
export function ModelNotes({ figures, year, breakEvenAboveCeiling }: Props) {
  const t = useText()
  const n = use(notesOf(t))
  const unspent = (['sasu', 'portage'] as const).filter(
    (status) => (figures[status].unspentBudgetEurPerYear ?? 0) > 0,
  )
  return (
    <div className="model-notes">
      <p className="note">{n.costPerDayNote(formatNumber(FORFAIT_JOURS_DAYS_PER_YEAR))}</p>
      {unspent.map((status) => (
        <p key={status} className="notice" data-testid={`unspent-${status}`}>
          {n.unspent(t.net.labels[status], formatEur(figures[status].unspentBudgetEurPerYear))}
        </p>
      ))}
      {breakEvenAboveCeiling && (
        <p className="notice" data-testid="break-even-above-ceiling">
          {n.breakEvenAboveCeilingNote(formatEur(figures.micro.ceilingEurPerYear))}
        </p>
      )}
      <p className="note" data-testid="eurl-reform">
        {n.eurlReform}
      </p>
      {year !== MODEL_RULES_YEAR && (
        <p className="notice" data-testid="other-year">
          {n.otherYear(String(year))}
        </p>
      )}
      <p className="note">{n.requalification}</p>
      <p className="note">{n.portageLimit}</p>
    </div>
  )
}
