import { formatEur, formatEurCents, formatNumber, formatPercent } from '../domain'
import { fr } from './text'
import { useResults } from './useResults'

const range = (min: number, max: number) => `${formatEur(min)} – ${formatEur(max)}`

/** The band, the annual revenue and the gross comparison with the CDI, updated as one types. */
export function Results() {
  const { results } = useResults()
  const { band, gross } = results

  return (
    <section className="results" aria-labelledby="results-heading" aria-live="polite">
      <h2 id="results-heading" className="visually-hidden">
        {fr.results.heading}
      </h2>
      <article className="card figure" aria-labelledby="band-heading">
        <h3 id="band-heading">{fr.results.band}</h3>
        <p className="big" data-testid="band-range">
          {range(band.rate.min, band.rate.max)}
        </p>
        <p>
          {fr.results.bandFor(band.label)} · {fr.results.midpoint} :{' '}
          <strong>{formatEurCents(band.midpointEurPerDay)}</strong>
        </p>
        {band.spread && (
          <ul className="spread">
            <li>
              {fr.results.spread(
                range(band.spread.low.min, band.spread.low.max),
                range(band.spread.high.min, band.spread.high.max),
              )}
            </li>
            <li>
              {fr.results.top} : <strong>{range(band.spread.top.min, band.spread.top.max)}</strong>
            </li>
          </ul>
        )}
        <p className="note">{fr.results.bandNote}</p>
      </article>
      <article className="card figure" aria-labelledby="revenue-heading">
        <h3 id="revenue-heading">{fr.results.revenue}</h3>
        <p className="big" data-testid="revenue">
          {formatEur(gross.revenueEurPerYear)}
        </p>
        <p>
          {formatEur(gross.revenueEurPerMonth)} {fr.results.perMonth} ·{' '}
          {fr.results.revenueDetail(
            formatEurCents(results.tjmEurPerDay),
            formatNumber(results.days),
          )}
        </p>
      </article>
      <article className="card figure" aria-labelledby="comparison-heading">
        <h3 id="comparison-heading">{fr.results.comparison}</h3>
        <p
          className={`big ${gross.differenceEurPerYear >= 0 ? 'up' : 'down'}`}
          data-testid="difference"
        >
          {gross.differenceEurPerYear > 0 ? '+' : ''}
          {formatEur(gross.differenceEurPerYear)}{' '}
          <span className="pct">({formatPercent(gross.differenceRatio)})</span>
        </p>
        <dl className="pairs">
          <div>
            <dt>{fr.results.breakEven}</dt>
            <dd>{formatEurCents(gross.breakEvenTjmEurPerDay)}</dd>
          </div>
          <div>
            <dt>{fr.results.daysNeeded}</dt>
            <dd>
              {/* More days than a year holds is no plan: say so rather than print 9 719 300. */}
              {gross.daysNeeded !== null && gross.daysNeeded > results.calendar.workingDays
                ? fr.results.moreThanAYear
                : formatNumber(gross.daysNeeded)}
            </dd>
          </div>
        </dl>
        <p className="note">{fr.results.grossNote}</p>
      </article>
    </section>
  )
}
