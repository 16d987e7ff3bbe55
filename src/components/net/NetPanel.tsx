import './NetPanel.css'
import { useMemo } from 'react'
import {
  formatEur,
  formatEurCents,
  formatNumber,
  netBreakdownSeries,
  netByDaysSeries,
  SOCIAL_MODEL_MAX_EUR_PER_YEAR,
} from '../../domain'
import { useText } from '../../i18n'
import type { SocialInputsInput, Status, StatusResult } from '../../social'
import { ChartFigure, NetByDaysChart, NetChart } from '../charts/ChartFigure'
import { breakdownSeries, statusSeries } from '../charts/series'
import { DataTable, ScrollRegion } from '../DataTable'
import { InputNumber, InputSwitch } from '../InputField'
import { useResults } from '../useResults'
import { useSocialModel } from './useSocialModel'

const STATUS_ORDER: Status[] = ['cdi', 'micro', 'eurl', 'sasu', 'portage']

type Row = {
  key: string
  label: string
  value: (r: StatusResult, status: Status) => string
}

/** Net income per status against the CDI, from the French social model (modele-social). */
export function NetPanel() {
  const t = useText()
  const { inputs, results } = useResults()
  // Why the social model cannot be asked, if it cannot: no billed day, or amounts beyond its range.
  const outOfModel =
    results.days <= 0
      ? t.net.noDays
      : Math.max(
            results.gross.revenueEurPerYear,
            inputs.salaryGrossEurPerYear,
            inputs.expensesEurPerYear,
          ) > SOCIAL_MODEL_MAX_EUR_PER_YEAR
        ? t.net.tooLarge(formatEur(SOCIAL_MODEL_MAX_EUR_PER_YEAR))
        : null
  const socialInputs = useMemo<SocialInputsInput | null>(
    () =>
      outOfModel === null
        ? {
            turnoverEurPerYear: results.gross.revenueEurPerYear,
            billableDays: results.days,
            expensesEurPerYear: inputs.expensesEurPerYear,
            cdiGrossEurPerYear: inputs.salaryGrossEurPerYear,
            householdParts: inputs.householdParts,
            microVersementLiberatoire: inputs.microVersementLiberatoire,
            portageFeeRate: inputs.portageFeePercent / 100,
          }
        : null,
    [outOfModel, results.days, results.gross.revenueEurPerYear, inputs],
  )
  const social = useSocialModel(socialInputs)
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
            })),
          )
        : [],
    [figures, t],
  )
  const chart = useMemo(() => <NetChart data={breakdown} />, [breakdown])

  // The curve comes last and slowest: while it is computed, its chart and table say so rather
  // than show a curve of other inputs.
  const curve = social.netByDaysUpdating ? null : social.netByDays
  const daysRows = useMemo(
    () => (curve ? netByDaysSeries(curve.points, results.days) : []),
    [curve, results.days],
  )
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

  const rows: Row[] = [
    {
      key: 'gross',
      label: t.net.rows.gross,
      value: (r) => formatEur(r.grossOrTurnoverEurPerYear),
    },
    {
      key: 'contributions',
      label: t.net.rows.contributions,
      value: (r) => formatEur(r.contributionsEurPerYear),
    },
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
        const tjm = social.breakEven.statuses[status].tjmEurPerDay
        return tjm === null ? t.net.noBreakEven : formatEurCents(Math.ceil(tjm))
      },
    },
  ]

  const micro = figures?.micro

  return (
    <section className="card net" aria-labelledby="net-heading" aria-busy={social.updating}>
      <h2 id="net-heading">{t.net.heading}</h2>
      <p className="muted">{t.net.intro}</p>
      <div className="days-grid">
        <InputNumber field="expensesEurPerYear" label={t.net.expenses} />
        <InputNumber field="householdParts" label={t.net.parts} />
        <InputNumber field="portageFeePercent" label={t.net.portageFee} />
        <InputSwitch field="microVersementLiberatoire" label={t.net.versementLiberatoire} />
      </div>

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
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key} className={row.key === 'netAfter' ? 'key-row' : undefined}>
                    <th scope="row">{row.label}</th>
                    {STATUS_ORDER.map((status) => (
                      <td key={status} data-status={status} data-row={row.key}>
                        {row.value(figures[status], status)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <p className="note">{t.net.portageNote}</p>
          <p className="note">{t.net.source}</p>
          <ChartFigure
            id="chart-net"
            settleMs={120}
            title={t.net.chartTitle}
            label={t.net.chartLabel}
            chart={chart}
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
