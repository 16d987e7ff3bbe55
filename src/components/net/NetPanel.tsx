import './NetPanel.css'
import { lazy, useMemo } from 'react'
import { annualRevenue, formatEur, formatEurCents, formatNumber } from '../../domain'
import { useText } from '../../i18n'
// The social index (and its zod schemas) stays out of the first-load JavaScript: pure helpers
// come from social/page.
import type { Status } from '../../social'
import { netBreakdownSeries, netByDaysSeries, splitAtCeiling } from '../../social/page'
import { useCalculator } from '../../store'
import { AfterHydration } from '../AfterHydration'
import { CsvButton } from '../CsvButton'
import { ChartFigure, NetByDaysChart, NetChart } from '../charts/ChartFigure'
import { breakdownSeries, statusSeries } from '../charts/series'
import { DataTable, ScrollRegion } from '../DataTable'
import { InputNumber } from '../InputField'
import { NumberField } from '../NumberField'
import { useResults } from '../useResults'
import { HouseholdFields } from './HouseholdFields'
import { SocialProvider, useSocial, useSocialState } from './SocialProvider'
import { StatusExplanations } from './StatusExplanations'
import { VersementFields } from './VersementFields'
import {
  allContributionsOf,
  contributionRows,
  costRows,
  employerCostOf,
  type Row,
} from './wholeRows'

// The notes under the net table show once the figures are there and their texts have loaded
// (never in the prerendered page: their Suspense shows nothing until then); the component loads
// with them, outside the first-load JavaScript.
const ModelNotes = lazy(() => import('./ModelNotes').then((m) => ({ default: m.ModelNotes })))
// The director's pay panel (SASU, EURL à l'IS) appears with the first figures, in its own chunk.
const CompanyPayPanel = lazy(() =>
  import('./CompanyPayPanel').then((module) => ({ default: module.CompanyPayPanel })),
)

// Its own chunk: the first load stays within its budget; it shows once the figures are in.
const ProtectionTable = lazy(() =>
  import('./ProtectionTable').then((m) => ({ default: m.ProtectionTable })),
)

const COMPANY_PANEL_PARTS = { DataTable, InputNumber, NumberField, useCalculator }

const STATUS_ORDER: Status[] = ['cdi', 'micro', 'eurl', 'eurlIs', 'sasu', 'portage']

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
  const cdiNet = figures?.cdi.netAfterTaxEurPerYear ?? null

  const breakdown = useMemo(
    () =>
      figures
        ? netBreakdownSeries(
            STATUS_ORDER.map((status) => ({
              key: status,
              label: t.net.short[status],
              ...figures[status],
              // Every bar from what is paid for the work: the CDI's from its employer cost.
              grossOrTurnoverEurPerYear:
                status === 'cdi'
                  ? (employerCostOf(figures.cdi) ?? figures.cdi.grossOrTurnoverEurPerYear)
                  : figures[status].grossOrTurnoverEurPerYear,
              contributionsEurPerYear: allContributionsOf(figures[status]),
            })),
          )
        : [],
    [figures, t],
  )
  const chart = useMemo(() => <NetChart data={breakdown} />, [breakdown])

  // The curve comes last and slowest: while it is computed, its chart and table say so rather
  // than show a curve of other inputs.
  const curve = social.netByDaysUpdating ? null : social.netByDays
  const microCeiling = figures?.micro.ceilingEurPerYear
  const daysRows = useMemo(() => {
    if (!curve) return []
    const rows = netByDaysSeries(curve.points, results.days)
    return microCeiling === undefined ? rows : splitAtCeiling(rows, microCeiling)
  }, [curve, results.days, microCeiling])
  const daysChart = useMemo(
    () =>
      curve ? (
        <NetByDaysChart data={daysRows} statuses={STATUS_ORDER} currentDays={results.days} />
      ) : (
        <p className="chart-loading">{t.charts.loading}</p>
      ),
    [curve, daysRows, results.days, t],
  )
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
    ...costRows(t, results.tjmEurPerDay),
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

  const micro = figures?.micro

  return (
    <section
      className="card net"
      aria-labelledby="net-heading"
      aria-busy={social.updating}
      // For the bench (scripts/bench.mjs): when the net-by-days curve is drawn.
      data-curve={curve ? 'ready' : 'pending'}
    >
      <h2 id="net-heading">{t.net.heading}</h2>
      <p className="muted">{t.net.intro}</p>
      <div className="days-grid">
        <InputNumber field="expensesEurPerYear" label={t.net.expenses} />
        <InputNumber field="portageFeePercent" label={t.net.portageFee} />
      </div>
      <HouseholdFields />
      <VersementFields micro={figures?.micro ?? null} />

      {outOfModel && <p className="notice">{outOfModel}</p>}
      {social.error && (
        <div className="panel-error" role="alert">
          <p>{t.net.failed}</p>
          <p className="muted">{social.error}</p>
          <button type="button" onClick={social.retry}>
            {t.errorPanel.retry}
          </button>
        </div>
      )}
      {!figures && !social.error && socialInputs !== null && (
        <p className="chart-loading" role="status">
          {t.net.loading}
        </p>
      )}
      <p className="net-status" role="status">
        {figures && social.updating ? t.net.updating : ''}
      </p>

      {figures && (
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
                      className={figures[status].official ? undefined : 'approx'}
                    >
                      {t.net.labels[status]}
                      {!figures[status].official && (
                        <span className="approx-tag">{t.net.approx}</span>
                      )}
                      {figures[status].accessible === false && (
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
                    {STATUS_ORDER.map((status) => (
                      <td
                        key={status}
                        data-status={status}
                        data-row={row.key}
                        className={
                          figures[status].accessible === false ? 'inaccessible' : undefined
                        }
                      >
                        {row.value(figures[status], status)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <CsvButton
            what={t.net.caption}
            table={() =>
              // The CSV's builder loads with the first export.
              import('./netCsv').then(({ netTableCsv }) =>
                netTableCsv(
                  t,
                  STATUS_ORDER,
                  figures,
                  social.breakEvenUpdating ? null : social.breakEven,
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
          <AfterHydration fallback={<p className="chart-loading">{t.protection.loading}</p>}>
            <ProtectionTable results={figures} />
          </AfterHydration>
          <ChartFigure
            id="chart-net"
            settleMs={120}
            title={t.net.chartTitle}
            label={t.net.chartLabel}
            chart={chart}
            csv={() =>
              import('../charts/chartCsv').then((m) =>
                m.seriesCsv(
                  t.export.files.breakdown,
                  { header: t.charts.rowHeader.status, value: (b) => b.label },
                  breakdown,
                  breakdownSeries(t),
                  t.export.eurPerYear,
                ),
              )
            }
            table={
              <DataTable
                caption={t.net.chartTitle}
                columns={[t.charts.rowHeader.status, ...breakdownSeries(t).map((s) => s.label)]}
                rows={breakdown.map((b) => ({
                  key: b.key,
                  header: b.label,
                  cells: breakdownSeries(t).map((s) => formatEur(b[s.key])),
                }))}
              />
            }
          />
          <p className="muted">{t.net.days(formatNumber(results.days))}</p>
          <ChartFigure
            id="chart-net-days"
            settleMs={160}
            title={t.net.daysChartTitle}
            label={t.net.daysChartLabel(tjmText, formatNumber(results.days))}
            chart={daysChart}
            csv={() =>
              import('../charts/chartCsv').then((m) =>
                m.seriesCsv(
                  t.export.files.netByDays,
                  { header: t.export.days(t.net.daysColumn), value: (row) => row.days },
                  daysRows,
                  [
                    { key: 'turnoverEurPerYear', label: t.net.turnoverColumn },
                    ...statusSeries(t, STATUS_ORDER),
                  ],
                  t.export.eurPerYear,
                ),
              )
            }
            table={
              <DataTable
                caption={t.net.daysChartTitle}
                columns={[
                  t.net.daysColumn,
                  t.net.turnoverColumn,
                  ...statusSeries(t, STATUS_ORDER).map((s) => s.label),
                ]}
                rows={
                  curve
                    ? daysRows.map((row) => ({
                        key: row.days,
                        header: `${formatNumber(row.days)}${row.current ? t.net.yourDaysTag : ''}`,
                        cells: [
                          row.turnoverEurPerYear,
                          ...statusSeries(t, STATUS_ORDER).map((s) => row[s.key]),
                        ].map(formatEur),
                        current: row.current,
                      }))
                    : [{ key: 'loading', header: t.charts.loading, cells: [] }]
                }
              />
            }
          />
          <p className="note">{t.net.daysChartNote(tjmText)}</p>
        </>
      )}
    </section>
  )
}
