import { useEffect, useState } from 'react'
import { formatEur, formatNumber } from '../../domain'
import type { Catalogue } from '../../i18n'
import { useRulesText } from '../../i18n/rules'
import type { Explanation, ExplanationStep } from '../../social'

/** A scale's brackets, the one reached marked. */
function Brackets({ t, step }: { t: Catalogue; step: ExplanationStep }) {
  const e = { ...t.explain, ...useRulesText() }
  if (!step.brackets) return null
  return (
    <ul className="explain-brackets">
      {step.brackets.map((b) => (
        <li key={`${b.ratePercent}|${b.floorEur}`}>
          {e.bracket(
            e.percent(formatNumber(b.ratePercent)),
            formatEur(b.floorEur ?? 0),
            b.ceilingEur === null ? '' : formatEur(b.ceilingEur),
          )}
          {t.colon} {formatEur(b.amountEur)}
          {b.reached && <strong>{e.bracketReached}</strong>}
        </li>
      ))}
    </ul>
  )
}

/** The chain of modele-social rules behind a status's figure, asked of the worker when opened. */
export function SocialExplanation({
  t,
  load,
  loadKey,
}: {
  t: Catalogue
  /** Asks the worker for the explanation. */
  load: () => Promise<Explanation>
  /** Changes when what `load` asks changes (the inputs, the status or the figure). */
  loadKey: string
}) {
  const e = { ...t.explain, ...useRulesText() }
  const [explanation, setExplanation] = useState<Explanation | null>(null)
  const [failed, setFailed] = useState(false)
  // biome-ignore lint/correctness/useExhaustiveDependencies: `loadKey` says when `load` changes
  useEffect(() => {
    let cancelled = false
    setFailed(false)
    load()
      .then((found) => {
        if (!cancelled) setExplanation(found)
      })
      .catch((error: unknown) => {
        // A newer explanation replaced this one: the newer one answers.
        if (!cancelled && !(error instanceof Error && error.name === 'StaleError')) setFailed(true)
      })
    return () => {
      cancelled = true
    }
  }, [loadKey])

  if (failed) return <p role="alert">{e.failed}</p>
  if (explanation === null) return <p role="status">{e.loading}</p>
  return (
    <>
      <p>{e.rulesIntro}</p>
      <table className="explain-steps">
        <thead>
          <tr>
            <th scope="col">{e.rule}</th>
            <th scope="col">{e.value}</th>
          </tr>
        </thead>
        <tbody>
          {explanation.steps.map((step) => (
            <tr key={step.rule} data-rule={step.rule}>
              <th scope="row">
                {/* The model's own words, in French whatever the page's language. */}
                <span lang="fr">{step.title}</span> <code lang="fr">{step.rule}</code>
                <Brackets t={t} step={step} />
                {step.references.length > 0 && (
                  <ul className="explain-refs" aria-label={e.references}>
                    {step.references.map((ref) => (
                      <li key={ref.url}>
                        <a href={ref.url} target="_blank" rel="noopener noreferrer" lang="fr">
                          {ref.title}
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
              </th>
              <td className="amount">
                {step.unit === 'part' ? e.parts(formatNumber(step.value)) : formatEur(step.value)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note">{e.modelNote}</p>
    </>
  )
}
