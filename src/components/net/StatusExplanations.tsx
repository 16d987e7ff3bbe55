import { lazy, Suspense } from 'react'
import { useText } from '../../i18n'
import type { BreakEvenResult, SocialInputsInput, SocialResult, Status } from '../../social'
import { Explain, FormulaLines } from '../explain/Explain'
import { useSocialClientSource } from './socialClient'

// The chain of rules shows only once a panel is opened (never in the prerendered page): it loads
// then, outside the first-load JavaScript.
const SocialExplanation = lazy(() =>
  import('../explain/SocialExplanation').then((m) => ({ default: m.SocialExplanation })),
)

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
  const source = useSocialClientSource()
  return (
    <div className="explain-group" data-testid="status-explanations">
      <span>{t.explain.statuses}</span>
      {statuses.map((status) => (
        <Explain key={status} what={t.net.labels[status]} label={t.net.short[status]}>
          {() => (
            <>
              <FormulaLines
                writeKey={`${JSON.stringify(inputs)}|${status}|${JSON.stringify(breakEven)}`}
                write={(f, text) => f.statusLines(text, status, figures, breakEven, inputs)}
              />
              <Suspense fallback={<p role="status">{t.explain.loading}</p>}>
                <SocialExplanation
                  t={t}
                  loadKey={`${JSON.stringify(inputs)}|${status}`}
                  load={() => source().then((c) => c.explain(inputs, status, 'netAfterTax'))}
                />
              </Suspense>
            </>
          )}
        </Explain>
      ))}
    </div>
  )
}
