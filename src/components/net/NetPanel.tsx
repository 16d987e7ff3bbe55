import { useMemo } from 'react'
import { formatEur, formatEurCents, formatNumber } from '../../domain'
import {
  netBreakdownSeries,
  netByDaysSeries,
  type Status,
  type StatusResult,
  socialRequestFor,
} from '../../social'
import { ChartFigure, NetByDaysChart, NetChart } from '../charts/ChartFigure'
import { DataTable, ScrollRegion } from '../DataTable'
import { InputNumber, InputSwitch } from '../InputField'
import { fr } from '../text'
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
  const { inputs, results } = useResults()
  const plan = useMemo(
    () => socialRequestFor(inputs, results.tjmEurPerDay, results.days),
    [inputs, results.tjmEurPerDay, results.days],
  )
  const socialInputs = plan.kind === 'ready' ? plan.inputs : null
  const outOfModel =
    plan.kind === 'noDays'
      ? fr.net.noDays
      : plan.kind === 'tooLarge'
        ? fr.net.tooLarge(formatEur(plan.maxEurPerYear))
        : null
  const social = useSocialModel(socialInputs)
  const figures = social.result?.results ?? null
  const cdiNet = figures?.cdi.netAfterTaxEurPerYear ?? null

  const breakdown = useMemo(
    () =>
      figures
        ? netBreakdownSeries(
            STATUS_ORDER.map((status) => ({
              key: status,
              label: fr.net.short[status],
              ...figures[status],
            })),
          )
        : [],
    [figures],
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
        <NetByDaysChart
          data={daysRows}
          currentDays={results.days}
          names={fr.net.short}
          currentLabel={fr.net.yourDays}
        />
      ) : (
        <p className="chart-loading">{fr.charts.loading}</p>
      ),
    [curve, daysRows, results.days],
  )
  const tjmText = formatEurCents(results.tjmEurPerDay)

  const rows: Row[] = [
    {
      key: 'gross',
      label: fr.net.rows.gross,
      value: (r) => formatEur(r.grossOrTurnoverEurPerYear),
    },
    {
      key: 'contributions',
      label: fr.net.rows.contributions,
      value: (r) => formatEur(r.contributionsEurPerYear),
    },
    {
      key: 'netBefore',
      label: fr.net.rows.netBeforeTax,
      value: (r) => formatEur(r.netBeforeTaxEurPerYear),
    },
    { key: 'tax', label: fr.net.rows.incomeTax, value: (r) => formatEur(r.incomeTaxEurPerYear) },
    {
      key: 'netAfter',
      label: fr.net.rows.netAfterTax,
      value: (r) => formatEur(r.netAfterTaxEurPerYear),
    },
    {
      key: 'perMonth',
      label: fr.net.rows.perMonth,
      value: (r) => formatEur(r.netAfterTaxEurPerYear / 12),
    },
    {
      key: 'vsCdi',
      label: fr.net.rows.vsCdi,
      value: (r, status) =>
        status === 'cdi' || cdiNet === null
          ? '—'
          : `${r.netAfterTaxEurPerYear >= cdiNet ? '+' : ''}${formatEur(r.netAfterTaxEurPerYear - cdiNet)}`,
    },
    {
      key: 'breakEven',
      label: fr.net.rows.breakEven,
      value: (_, status) => {
        if (status === 'cdi') return '—'
        if (!social.breakEven || social.breakEvenUpdating) return fr.net.computing
        const tjm = social.breakEven.statuses[status].tjmEurPerDay
        return tjm === null ? fr.net.noBreakEven : formatEurCents(Math.ceil(tjm))
      },
    },
  ]

  const micro = figures?.micro

  return (
    <section className="card net" aria-labelledby="net-heading" aria-busy={social.updating}>
      <h2 id="net-heading">{fr.net.heading}</h2>
      <p className="muted">{fr.net.intro}</p>
      <div className="days-grid">
        <InputNumber field="expensesEurPerYear" label={fr.net.expenses} />
        <InputNumber field="householdParts" label={fr.net.parts} />
        <InputNumber field="portageFeePercent" label={fr.net.portageFee} />
        <InputSwitch field="microVersementLiberatoire" label={fr.net.versementLiberatoire} />
      </div>

      {outOfModel && <p className="notice">{outOfModel}</p>}
      {social.error && (
        <div className="panel-error" role="alert">
          <p>{fr.net.failed}</p>
          <p className="muted">{social.error}</p>
          <button type="button" onClick={social.retry}>
            {fr.errorPanel.retry}
          </button>
        </div>
      )}
      {!figures && !social.error && socialInputs !== null && (
        <p className="chart-loading" role="status">
          {fr.net.loading}
        </p>
      )}
      <p className="net-status" role="status">
        {figures && social.updating ? fr.net.updating : ''}
      </p>

      {figures && (
        <>
          {micro?.ceilingExceeded && (
            <p className="notice" data-testid="micro-ceiling">
              {fr.net.ceiling(formatEur(micro.ceilingEurPerYear))}
            </p>
          )}
          <ScrollRegion label={fr.net.caption}>
            <table data-testid="net-table">
              <caption className="visually-hidden">{fr.net.caption}</caption>
              <thead>
                <tr>
                  <td />
                  {STATUS_ORDER.map((status) => (
                    <th
                      key={status}
                      scope="col"
                      className={figures[status].official ? undefined : 'approx'}
                    >
                      {fr.net.labels[status]}
                      {!figures[status].official && (
                        <span className="approx-tag">{fr.net.approx}</span>
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
          <p className="note">{fr.net.portageNote}</p>
          <p className="note">{fr.net.source}</p>
          <ChartFigure
            id="chart-net"
            settleMs={120}
            title={fr.net.chartTitle}
            label={fr.net.chartLabel}
            chart={chart}
            table={
              <DataTable
                caption={fr.net.chartTitle}
                columns={['Statut', 'Cotisations', 'Impôt', 'Net après impôt', 'Frais et autres']}
                rows={breakdown.map((b) => ({
                  key: b.key,
                  header: b.label,
                  cells: [b.contributions, b.incomeTax, b.net, b.other].map(formatEur),
                }))}
              />
            }
          />
          <p className="muted">{fr.net.days(formatNumber(results.days))}</p>
          <ChartFigure
            id="chart-net-days"
            settleMs={160}
            title={fr.net.daysChartTitle}
            label={fr.net.daysChartLabel(tjmText, formatNumber(results.days))}
            chart={daysChart}
            table={
              <DataTable
                caption={fr.net.daysChartTitle}
                columns={[
                  fr.net.daysColumn,
                  fr.net.turnoverColumn,
                  ...STATUS_ORDER.map((status) => fr.net.short[status]),
                ]}
                rows={
                  curve
                    ? daysRows.map((row) => ({
                        key: row.days,
                        header: `${formatNumber(row.days)}${row.current ? fr.net.yourDaysTag : ''}`,
                        cells: [
                          row.turnoverEurPerYear,
                          ...STATUS_ORDER.map((status) => row[status]),
                        ].map(formatEur),
                        current: row.current,
                      }))
                    : [{ key: 'loading', header: fr.charts.loading, cells: [] }]
                }
              />
            }
          />
          <p className="note">{fr.net.daysChartNote(tjmText)}</p>
        </>
      )}
    </section>
  )
}
