import { formatEur, formatNumber } from '../../domain'
import { useText } from '../../i18n'
import type { BreakEvenResult, SocialInputsInput, SocialResult, Status } from '../../social'
import { Explain, FormulaLines } from '../explain/Explain'
import { statusFormula } from '../explain/formulas'
import { SocialExplanation } from '../explain/SocialExplanation'

/**
 * "Comment est-ce calculé ?" for each status of the net table: the page's own arithmetic (per
 * month, against the CDI, break-even TJM, expenses and portage fee) and the model's chain of rules.
 */
export function StatusExplanations({
  statuses,
  figures,
  breakEven,
  inputs,
}: {
  statuses: readonly Status[]
  figures: SocialResult['results']
  breakEven: BreakEvenResult | null
  inputs: SocialInputsInput
}) {
  const t = useText()
  const cdiNet = figures.cdi.netAfterTaxEurPerYear
  const expenses = inputs.expensesEurPerYear ?? 0
  const lines = (status: Status): string[] => {
    const r = figures[status]
    const turnover =
      status === 'cdi'
        ? null
        : (breakEven?.statuses[status as Exclude<Status, 'cdi'>]?.turnoverEurPerYear ?? null)
    const own = statusFormula(t.explain, {
      netAfterTaxEurPerYear: r.netAfterTaxEurPerYear,
      cdiNetAfterTaxEurPerYear: status === 'cdi' ? null : cdiNet,
      breakEvenTurnoverEurPerYear: turnover,
      billableDays: inputs.billableDays,
    })
    if (status === 'micro' && expenses > 0) own.push(t.explain.microExpenses(formatEur(expenses)))
    if (status === 'portage' && r.employerCostEurPerYear !== undefined) {
      own.push(
        t.explain.portageFee(
          formatEur(inputs.turnoverEurPerYear),
          `${formatNumber((inputs.portageFeeRate ?? 0) * 100)} %`,
          formatEur(r.managementFeeEurPerYear ?? 0),
          formatEur(expenses),
          formatEur(inputs.turnoverEurPerYear - (r.managementFeeEurPerYear ?? 0) - expenses),
        ),
      )
    }
    return own
  }
  return (
    <div className="explain-group" data-testid="status-explanations">
      <span>{t.explain.statuses}</span>
      {statuses.map((status) => (
        <Explain key={status} what={t.net.labels[status]} label={t.net.short[status]}>
          {() => (
            <>
              <FormulaLines lines={lines(status)} />
              <SocialExplanation inputs={inputs} status={status} figure="netAfterTax" />
            </>
          )}
        </Explain>
      ))}
    </div>
  )
}
