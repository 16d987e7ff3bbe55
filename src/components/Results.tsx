import './Results.css'
import { formatEur, formatEurCents, formatNumber, formatPercent } from '../domain'
import { useText } from '../i18n'
import { Explain, FormulaLines } from './explain/Explain'
import { useResults } from './useResults'

const range = (min: number, max: number) => `${formatEur(min)} – ${formatEur(max)}`

/** The band, the annual revenue and the gross comparison with the CDI, updated as one types. */
export function Results() {
  const t = useText()
  const { inputs, results } = useResults()
  const { band, gross } = results

  return (
    <section className="results" aria-labelledby="results-heading" aria-live="polite">
      <h2 id="results-heading" className="visually-hidden">
        {t.results.heading}
      </h2>
      <article className="card figure" aria-labelledby="band-heading">
        <h3 id="band-heading">{t.results.band}</h3>
        <p className="big" data-testid="band-range">
          {range(band.rate.min, band.rate.max)}
        </p>
        <p>
          {t.results.bandFor(t.results.bandName(band))} · {t.results.midpoint}
          {t.colon} <strong>{formatEurCents(band.midpointEurPerDay)}</strong>
        </p>
        {band.spread && (
          <ul className="spread">
            <li>
              {t.results.spread(
                range(band.spread.low.min, band.spread.low.max),
                range(band.spread.high.min, band.spread.high.max),
              )}
            </li>
            <li>
              {t.results.top}
              {t.colon} <strong>{range(band.spread.top.min, band.spread.top.max)}</strong>
            </li>
          </ul>
        )}
        <p className="note">{t.results.bandNote}</p>
        <Explain what={t.results.band}>
          {() => (
            <FormulaLines
              writeKey={`${inputs.experienceYears}|${band.label}|${band.midpointEurPerDay}`}
              write={(f, text) =>
                f.bandFormula(text, inputs.experienceYears, band, t.results.bandName(band))
              }
            />
          )}
        </Explain>
      </article>
      <article className="card figure" aria-labelledby="revenue-heading">
        <h3 id="revenue-heading">{t.results.revenue}</h3>
        <p className="big" data-testid="revenue">
          {formatEur(gross.revenueEurPerYear)}
        </p>
        <p>
          {formatEur(gross.revenueEurPerMonth)} {t.results.perMonth} ·{' '}
          {t.results.revenueDetail(
            formatEurCents(results.tjmEurPerDay),
            formatNumber(results.days),
          )}
        </p>
        <Explain what={t.results.revenue}>
          {() => (
            <FormulaLines
              writeKey={`${results.tjmEurPerDay}|${results.days}|${JSON.stringify(results.calendar)}`}
              write={(f, text) => [
                ...f.revenueFormula(text, results.tjmEurPerDay, results.days, gross),
                ...f.billableDaysFormula(text, results.calendar),
              ]}
            />
          )}
        </Explain>
      </article>
      <article className="card figure" aria-labelledby="comparison-heading">
        <h3 id="comparison-heading">{t.results.comparison}</h3>
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
            <dt>{t.results.breakEven}</dt>
            <dd>{formatEurCents(gross.breakEvenTjmEurPerDay)}</dd>
          </div>
          <div>
            <dt>{t.results.daysNeeded}</dt>
            <dd>
              {/* More days than a year holds is no plan: say so rather than print 9 719 300. */}
              {gross.daysNeeded !== null && gross.daysNeeded > results.calendar.workingDays
                ? t.results.moreThanAYear
                : formatNumber(gross.daysNeeded)}
            </dd>
          </div>
        </dl>
        <p className="note">{t.results.grossNote}</p>
        <p className="note" data-testid="gross-break-even-note">
          {t.honest.grossBreakEvenNote}
        </p>
        <Explain what={t.results.comparison}>
          {() => (
            <FormulaLines
              writeKey={`${results.tjmEurPerDay}|${results.days}|${gross.salaryGrossEurPerYear}`}
              write={(f, text) =>
                f.grossComparisonFormula(text, results.tjmEurPerDay, results.days, gross)
              }
            />
          )}
        </Explain>
      </article>
    </section>
  )
}
