// The revenue chart: yearly revenue against billed days, beside the Glassdoor CDI salaries.
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import type { RevenueRow } from '../../../domain'
import { useChartsTexts } from '../../../i18n/charts'
import { NEUTRAL, revenueSeries } from '../series'
import {
  CHART,
  daysAxis,
  daysTooltip,
  eurAxis,
  FRAME,
  GRID,
  LINE,
  legend,
  REFERENCE,
  REFERENCE_LABEL,
} from './settings'

type RevenueProps = {
  data: RevenueRow[]
  salary: { minEur: number; meanEur: number; maxEur: number }
  point: { days: number; revenueEurPerYear: number }
}

/** Revenue lines against billed days, Glassdoor salaries as reference lines, the person's point. */
export function RevenueChart({ data, salary, point }: RevenueProps) {
  const t = useChartsTexts()
  return (
    <ResponsiveContainer {...FRAME}>
      <LineChart data={data} {...CHART}>
        <CartesianGrid {...GRID} />
        <XAxis {...daysAxis(t)} domain={[100, 260]} ticks={[100, 140, 180, 220, 260]} />
        <YAxis {...eurAxis(t)} />
        <Tooltip {...daysTooltip(t)} />
        <Legend {...legend(revenueSeries(t))} />
        {(
          [
            // recharts' "insideBottom" sits just above a horizontal line, "insideTop" just under:
            // the max above its line, the mean under its own, so the two close lines stay apart.
            [salary.minEur, t.charts.glassdoor.min, 'insideBottomRight'],
            [salary.meanEur, t.charts.glassdoor.mean, 'insideTopLeft'],
            [salary.maxEur, t.charts.glassdoor.max, 'insideBottomRight'],
          ] as const
        ).map(([y, value, position]) => (
          <ReferenceLine
            key={value}
            y={y}
            {...REFERENCE}
            strokeDasharray="4 4"
            label={{ value, ...REFERENCE_LABEL, position }}
          />
        ))}
        {revenueSeries(t).map((line) => (
          <Line
            key={line.key}
            dataKey={line.key}
            name={line.label}
            stroke={line.color}
            strokeDasharray={'dash' in line ? line.dash : undefined}
            strokeWidth={line.key === 'own' ? 2 : 1.5}
            {...LINE}
          />
        ))}
        <ReferenceDot
          x={point.days}
          y={point.revenueEurPerYear}
          r={6}
          fill={NEUTRAL.own}
          stroke="#fff"
          ifOverflow="discard"
        />
      </LineChart>
    </ResponsiveContainer>
  )
}
