import './Verdict.css'
import { formatEur } from '../../domain'
import type { Catalogue } from '../../i18n'
import { useAnswerText } from '../../i18n/answer'
import { exclusionOf, STATUSES, type Status, verdictFor } from '../../social'
import type { SocialState } from '../net/SocialProvider'

/**
 * The answer first: which option leaves the most net after tax, by how much against the runner-up
 * and the CDI, the main caveat, then every status's net a month, ranked.
 */
export function Verdict({ t, social }: { t: Catalogue; social: SocialState }) {
  const v = { ...t.answer.verdict, ...useAnswerText().verdict }
  const { view, outOfModel } = social
  const results = view.result?.results ?? null
  // ACRE as in the inputs these figures were computed for (not those being typed).
  const acre = view.resultInputs?.acreCreationDate !== undefined
  const verdict = results === null ? null : verdictFor(results, { acre })
  const label = (status: Status) => t.net.labels[status]

  let body: React.ReactNode
  if ((outOfModel !== null || view.error !== null) && results === null) {
    body = <p>{v.unavailable}</p>
  } else if (results === null || verdict === null) body = <p className="muted">{v.waiting}</p>
  else {
    const lead = verdict.leadOverRunnerUpEurPerYear
    const vsCdi = verdict.leadOverCdiEurPerYear
    const ceiling = results.micro?.ceilingEurPerYear
    const caveat = verdict.caveats[0]
    const max = Math.max(
      1,
      ...STATUSES.map((s) => Math.max(0, results[s]?.netAfterTaxEurPerYear ?? 0)),
    )
    const ranked = [...STATUSES]
      .filter((s) => results[s] !== undefined)
      .sort((a, b) => {
        const ea = exclusionOf(results[a]) === null ? 0 : 1
        const eb = exclusionOf(results[b]) === null ? 0 : 1
        return ea - eb || results[b].netAfterTaxEurPerYear - results[a].netAfterTaxEurPerYear
      })
    body = (
      <>
        {view.error !== null && (
          // The last figures stay; said here too, since the failure is told in the net panel.
          <p className="notice" data-testid="verdict-stale">
            {t.net.failed} {t.net.failedKept}
          </p>
        )}
        <p className="verdict-lead" data-testid="verdict-text" data-best={verdict.best}>
          <strong>
            {v.best(
              label(verdict.best),
              formatEur(verdict.bestNetEurPerYear / 12),
              formatEur(verdict.bestNetEurPerYear),
            )}
          </strong>{' '}
          {verdict.runnerUp !== null &&
            (lead > 0
              ? v.lead(label(verdict.runnerUp), formatEur(lead), formatEur(lead / 12))
              : v.tie(label(verdict.runnerUp)))}
          {vsCdi !== null && verdict.runnerUp !== 'cdi' && vsCdi > 0
            ? v.vsCdi(formatEur(vsCdi), formatEur(vsCdi / 12))
            : verdict.runnerUp !== null
              ? v.end
              : ''}
        </p>
        {caveat !== undefined && (
          <p className="verdict-caveat" data-testid="verdict-caveat">
            {v.caveatLabel}
            {v.caveats[caveat](formatEur(ceiling ?? 0))}
          </p>
        )}
        <h3 className="verdict-ranking-title">{v.ranking}</h3>
        <ol className="verdict-ranking">
          {ranked.map((status) => {
            const net = results[status].netAfterTaxEurPerYear
            const exclusion = exclusionOf(results[status])
            return (
              <li
                key={status}
                className={exclusion === null ? undefined : 'excluded'}
                data-status={status}
              >
                <span className="verdict-name">
                  <span className={`swatch status-${status}`} aria-hidden="true" />
                  {label(status)}
                </span>
                <span className="verdict-bar" aria-hidden="true">
                  <span
                    className={`status-${status}`}
                    style={{ width: `${(Math.max(0, net) / max) * 100}%` }}
                  />
                </span>
                <span className="verdict-amount">
                  {v.perMonth(formatEur(net / 12))}
                  {exclusion !== null && (
                    <span className="verdict-excluded">
                      {' '}
                      {exclusion === 'ceiling' ? v.excluded : v.inaccessible}
                    </span>
                  )}
                </span>
              </li>
            )
          })}
        </ol>
      </>
    )
  }

  return (
    <section
      className="card verdict"
      aria-labelledby="verdict-heading"
      aria-busy={view.updating}
      data-testid="verdict"
    >
      <h2 id="verdict-heading">{v.heading}</h2>
      {view.updating && view.error === null && results !== null && (
        // Figures of other inputs until the worker answers (saved inputs or a link just read):
        // said on screen, not only to assistive technology by aria-busy. Placed over the card's
        // corner, so that it moves nothing when it comes and goes.
        <p className="verdict-updating" data-testid="verdict-updating">
          {t.net.updating}
        </p>
      )}
      {body}
    </section>
  )
}
