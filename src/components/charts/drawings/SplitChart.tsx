// The split chart: net after tax against what the company spends on the director's pay, one line
// per company-taxed status whose best split was sought, the split retained marked.
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceDot,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { formatEur } from '../../../domain'
import { useChartsTexts } from '../../../i18n/charts'
import { STATUS_COLOR } from '../series'
import { CHART, EUR_TOOLTIP, eurAxis, eurTicks, FRAME, GRID, LINE, legend } from './settings'

/** One status's curve: its points (pay cost → net after tax, €/year) and the point retained. */
export type SplitCurve = {
  status: 'sasu' | 'eurlIs'
  label: string
  points: { costEurPerYear: number; netAfterTaxEurPerYear: number }[]
  chosen: { costEurPerYear: number; netAfterTaxEurPerYear: number } | null
}

/**
 * Net after tax against the pay's cost: where each curve peaks is the best split. `costLabel`
 * heads a tooltip with the cost, formatted.
 */
export function SplitChart({
  curves,
  costLabel,
}: {
  curves: SplitCurve[]
  costLabel: (cost: string) => string
}) {
  const t = useChartsTexts()
  return (
    <ResponsiveContainer {...FRAME}>
      <LineChart {...CHART}>
        <CartesianGrid {...GRID} />
        <XAxis
          dataKey="costEurPerYear"
          type="number"
          domain={['dataMin', 'dataMax']}
          {...eurTicks(t)}
        />
        <YAxis {...eurAxis(t)} domain={['auto', 'auto']} />
        <Tooltip
          {...EUR_TOOLTIP}
          labelFormatter={(cost: unknown) => costLabel(formatEur(Number(cost)))}
        />
        <Legend {...legend(curves.map((c) => ({ key: c.status })))} />
        {curves.map((curve) => (
          <Line
            key={curve.status}
            data={curve.points}
            dataKey="netAfterTaxEurPerYear"
            name={curve.label}
            stroke={STATUS_COLOR[curve.status]}
            {...LINE}
            strokeWidth={2}
          />
        ))}
        {curves.map(
          (curve) =>
            curve.chosen && (
              <ReferenceDot
                key={`${curve.status}-chosen`}
                x={curve.chosen.costEurPerYear}
                y={curve.chosen.netAfterTaxEurPerYear}
                r={5}
                fill={STATUS_COLOR[curve.status]}
                stroke="var(--card)"
                ifOverflow="extendDomain"
              />
            ),
        )}
      </LineChart>
    </ResponsiveContainer>
  )
}
