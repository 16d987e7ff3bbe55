// The "Revenu net selon le statut" panel: its inputs, the net table of every status against the
// CDI (rows from ./wholeRows.ts), and the parts that load after it (pay, notes, protection,
// charts). Over 250 lines because the table's rows and their cells are read in one place.
import './NetPanel.css'
import { annualRevenue, formatEur, formatEurCents } from '../../domain'
import { useText } from '../../i18n'
// The social index (and its zod schemas) stays out of the first-load JavaScript: pure helpers
// come from social/page.
import type { Status } from '../../social'
import { useCalculator } from '../../store'
import { AfterHydration, lazyPart } from '../AfterHydration'
import { CsvButton } from '../CsvButton'
import { DataTable, ScrollRegion } from '../DataTable'
import { Glossary } from '../Glossary'
import { InputNumber, InputSwitch } from '../InputField'
import { reportInvalid } from '../invalidFields'
import { NumberField } from '../NumberField'
import { useResults } from '../useResults'
import { HouseholdFields } from './HouseholdFields'
import { SocialProvider, useSocial, useSocialState } from './SocialProvider'
import { StatusExplanations } from './StatusExplanations'
import { VersementFields } from './VersementFields'
import { contributionRows, costRows, type Row } from './wholeRows'

// The notes under the net table show once the figures are there and their texts have loaded
// (never in the prerendered page: their Suspense shows nothing until then); the component loads
// with them, outside the first-load JavaScript.
const ModelNotes = lazyPart(() => import('./ModelNotes').then((m) => ({ default: m.ModelNotes })))
// The director's pay panel (SASU, EURL à l'IS) appears with the first figures, in its own chunk.
const CompanyPayPanel = lazyPart(() =>
  import('./CompanyPayPanel').then((module) => ({ default: module.CompanyPayPanel })),
)

const NetCharts = lazyPart(() => import('./NetCharts').then((m) => ({ default: m.NetCharts })))

// Its own chunk: the first load stays within its budget; it shows once the figures are in.
const ProtectionTable = lazyPart(() =>
  import('./ProtectionTable').then((m) => ({ default: m.ProtectionTable })),
)

const COMPANY_PANEL_PARTS = { DataTable, Glossary, InputNumber, NumberField, useCalculator }

// ACRE's fields load after hydration, their texts with them (the first load has no room left).
const AcreFields = lazyPart(() => import('./AcreFields').then((m) => ({ default: m.AcreFields })))
const ACRE_PARTS = { Glossary, InputSwitch, useCalculator, reportInvalid }

import { STATUS_ORDER } from './statusOrder'

/** Net income per status against the CDI, from the French social model (modele-social). */
export function NetPanel() {
  // The page shares one social state; alone (in a test), the panel asks the model itself.
  return useSocialState() === null ? (
    <SocialProvider>
      <NetPanelBody />
    </SocialProvider>
  ) : (
    <NetPanelBody />
  )
}

function NetPanelBody() {
  const t = useText()
  const { inputs, results } = useResults()
  const { inputs: socialInputs, outOfModel, view: social } = useSocial()
  const figures = social.result?.results ?? null
  // The table shows the first compute's figures status by status, as they come (instead of older
  // figures); the rest of the panel waits for them all.
  const shown = social.partial ?? figures
  // ACRE as in the inputs these figures were computed for (not those being typed).
  const acreOfFigures = social.resultInputs?.acreCreationDate !== undefined
  const cdiNet = shown?.cdi?.netAfterTaxEurPerYear ?? null

  const microCeiling = shown?.micro?.ceilingEurPerYear
  const tjmText = formatEurCents(results.tjmEurPerDay)
  // A break-even TJM whose turnover the micro-entreprise could not make: said by the figure.
  const breakEvenAboveCeiling = (status: Status, turnover: number | null) =>
    status === 'micro' && turnover !== null && microCeiling !== undefined && turnover > microCeiling

  const rows: Row[] = [
    {
      key: 'gross',
      label: t.net.rows.gross,
      value: (r) => formatEur(r.grossOrTurnoverEurPerYear),
    },
    // The TJM of the figures shown, not the one being typed (they differ while the model computes):
    // a first compute's figures so far are the inputs' own.
    ...costRows(
      t,
      (social.partial ? socialInputs : social.resultInputs)?.tjmEurPerDay ?? results.tjmEurPerDay,
    ),
    ...contributionRows(t),
    {
      key: 'netBefore',
      label: t.net.rows.netBeforeTax,
      value: (r) => formatEur(r.netBeforeTaxEurPerYear),
    },
    { key: 'tax', label: t.net.rows.incomeTax, value: (r) => formatEur(r.incomeTaxEurPerYear) },
    {
      key: 'netAfter',
      label: t.net.rows.netAfterTax,
      value: (r) => formatEur(r.netAfterTaxEurPerYear),
    },
    {
      key: 'perMonth',
      label: t.net.rows.perMonth,
      value: (r) => formatEur(r.netAfterTaxEurPerYear / 12),
    },
    {
      key: 'vsCdi',
      label: t.net.rows.vsCdi,
      value: (r, status) =>
        status === 'cdi' || cdiNet === null
          ? '—'
          : `${r.netAfterTaxEurPerYear >= cdiNet ? '+' : ''}${formatEur(r.netAfterTaxEurPerYear - cdiNet)}`,
    },
    {
      key: 'breakEven',
      label: t.net.rows.breakEven,
      value: (_, status) => {
        if (status === 'cdi') return '—'
        if (!social.breakEven || social.breakEvenUpdating) return t.net.computing
        const point = social.breakEven.statuses[status]
        const tjm = point.tjmEurPerDay
        if (tjm === null) return t.net.noBreakEven
        const aboveCeiling = breakEvenAboveCeiling(status, point.turnoverEurPerYear)
        return `${formatEurCents(Math.ceil(tjm))}${aboveCeiling ? ` (${t.honest.breakEvenAboveCeiling})` : ''}`
      },
    },
  ]

  const micro = shown?.micro

  return (
    <section
      className="card net"
      aria-labelledby="net-heading"
      aria-busy={social.updating}
      // For the bench (scripts/bench.mjs): when the net-by-days curve is drawn.
      data-curve={!social.netByDaysUpdating && social.netByDays ? 'ready' : 'pending'}
    >
      <h2 id="net-heading">{t.net.heading}</h2>
      <p className="muted">{t.net.intro}</p>
      <Glossary terms={['bnc', 'ir', 'is', 'portage', 'versementLiberatoire', 'forfaitJours']} />
      <div className="days-grid">
        <InputNumber field="expensesEurPerYear" label={t.net.expenses} />
        <InputNumber field="portageFeePercent" label={t.net.portageFee} />
      </div>
      <HouseholdFields />
      <VersementFields micro={figures?.micro ?? null} />
      <AfterHydration fallback={<div className="acre-placeholder" />}>
        <AcreFields parts={ACRE_PARTS} />
      </AfterHydration>

      {outOfModel && <p className="notice">{outOfModel}</p>}
      {social.error && (
        <div className="panel-error" role="alert">
          <p>{t.net.failed}</p>
          {figures && <p>{t.net.failedKept}</p>}
          <p className="muted">{social.error}</p>
          <button type="button" onClick={social.retry}>
            {t.errorPanel.retry}
          </button>
        </div>
      )}
      {!shown && !social.error && socialInputs !== null && (
        <p className="chart-loading" role="status">
          {t.net.loading}
        </p>
      )}
      <p className="net-status" role="status">
        {figures && social.updating ? t.net.updating : ''}
      </p>

      {shown && (
        <>
          {micro?.ceilingExceeded && (
            <p className="notice" data-testid="micro-ceiling">
              {t.net.ceiling(formatEur(micro.ceilingEurPerYear))}
            </p>
          )}
          <ScrollRegion label={t.net.caption}>
            <table data-testid="net-table">
              <caption className="visually-hidden">{t.net.caption}</caption>
              <thead>
                <tr>
                  <td />
                  {STATUS_ORDER.map((status) => (
                    <th
                      key={status}
                      scope="col"
                      className={shown[status]?.official === false ? 'approx' : undefined}
                    >
                      {t.net.labels[status]}
                      {shown[status]?.official === false && (
                        <span className="approx-tag">{t.net.approx}</span>
                      )}
                      {shown[status]?.accessible === false && (
                        <span className="approx-tag" data-testid={`not-accessible-${status}`}>
                          {` (${t.honest.notAccessible})`}
                        </span>
                      )}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key} className={row.key === 'netAfter' ? 'key-row' : undefined}>
                    <th scope="row">{row.label}</th>
                    {STATUS_ORDER.map((status) => {
                      const figure = shown[status]
                      return (
                        <td
                          key={status}
                          data-status={status}
                          data-row={row.key}
                          className={figure?.accessible === false ? 'inaccessible' : undefined}
                        >
                          {figure === undefined ? t.net.computing : row.value(figure, status)}
                        </td>
                      )
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
      {figures && (
        <>
          <CsvButton
            what={t.net.caption}
            table={() =>
              // The CSV's builder and texts load with the first export.
              Promise.all([import('./netCsv'), t.export.texts()]).then(([{ netTableCsv }, e]) =>
                netTableCsv(
                  t,
                  e,
                  STATUS_ORDER,
                  figures,
                  social.breakEvenUpdating ? null : social.breakEven,
                  acreOfFigures,
                ),
              )
            }
          />
          {socialInputs !== null && (
            <StatusExplanations
              statuses={STATUS_ORDER}
              figures={figures}
              breakEven={social.breakEvenUpdating ? null : social.breakEven}
              inputs={socialInputs}
            />
          )}
          <AfterHydration>
            <CompanyPayPanel
              parts={COMPANY_PANEL_PARTS}
              figures={figures}
              acre={acreOfFigures}
              marginEurPerYear={
                socialInputs !== null
                  ? annualRevenue(socialInputs.tjmEurPerDay, socialInputs.billableDays) -
                    (socialInputs.expensesEurPerYear ?? 0)
                  : 0
              }
            />
          </AfterHydration>
          <p className="note">{t.net.portageNote}</p>
          <AfterHydration>
            <ModelNotes
              figures={figures}
              year={inputs.year}
              breakEvenAboveCeiling={
                social.breakEven !== null &&
                !social.breakEvenUpdating &&
                breakEvenAboveCeiling('micro', social.breakEven.statuses.micro.turnoverEurPerYear)
              }
            />
          </AfterHydration>
          <p className="note">{t.net.source}</p>
          <AfterHydration fallback={<p className="chart-loading">{t.net.computing}</p>}>
            <ProtectionTable
              results={figures}
              protection={social.protection}
              updating={social.protectionUpdating}
            />
          </AfterHydration>
          {/* The charts and their tables, below the fold: a chunk of their own, after hydration. */}
          <AfterHydration fallback={<p className="chart-loading">{t.charts.loading}</p>}>
            <NetCharts figures={figures} social={social} days={results.days} tjmText={tjmText} />
          </AfterHydration>
        </>
      )}
    </section>
  )
}
