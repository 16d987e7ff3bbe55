// The net breakdown chart: one stacked bar per status, net, income tax, contributions, the rest.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { useChartsTexts } from '../../../i18n/charts'
import type { BreakdownBar } from '../../../social'
import { breakdownSeries } from '../series'
import { BAR, EUR_TOOLTIP, eurTicks, FRAME, LYING, legend } from './settings'

/**
 * Stacked bars per status, lying down so that the five status names read across at 320 px:
 * net after tax, income tax, contributions and the rest.
 */
export function NetChart({ data }: { data: BreakdownBar[] }) {
  const t = useChartsTexts()
  return (
    <ResponsiveContainer {...FRAME}>
      <BarChart data={data} {...LYING.chart}>
        <CartesianGrid {...LYING.grid} />
        <XAxis type="number" {...eurTicks(t)} />
        <YAxis {...LYING.names} width={72} />
        <Tooltip {...EUR_TOOLTIP} />
        <Legend {...legend(breakdownSeries(t))} />
        {breakdownSeries(t).map((segment) => (
          <Bar
            key={segment.key}
            dataKey={segment.key}
            name={segment.label}
            stackId="s"
            fill={segment.color}
            {...BAR}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  )
}
