// The net-by-days chart: net after tax against billable days, one line per status.
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { useChartsTexts } from '../../../i18n/charts'
import { useNetChartsText } from '../../../i18n/net-charts'
import type { CeilingSplitRow, NetByDaysRow } from '../../../social'
import { MICRO_BEYOND_CEILING_DASH, STATUS_COLOR, type StatusKey, statusSeries } from '../series'
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

type NetByDaysProps = {
  /** Rows split at the micro-entreprise's ceiling (splitAtCeiling): its line dashed beyond it. */
  data: (NetByDaysRow | CeilingSplitRow)[]
  /** The statuses drawn, in legend order. */
  statuses: readonly StatusKey[]
  /** The person's billable days, marked by a vertical line. */
  currentDays: number
}

/** Every status's line, the micro-entreprise's beyond its ceiling too. */
const STATUS_LINE = { ...LINE, strokeWidth: 2 } as const

/** Net after tax against billable days: one line per status, the CDI flat, the person's days. */
export function NetByDaysChart({ data, statuses, currentDays }: NetByDaysProps) {
  const t = useChartsTexts()
  const n = useNetChartsText()
  const split = data.some((row) => 'microBeyond' in row && row.microBeyond !== null)
  return (
    <ResponsiveContainer {...FRAME}>
      <LineChart data={data} {...CHART}>
        <CartesianGrid {...GRID} />
        <XAxis {...daysAxis(t)} domain={['dataMin', 'dataMax']} allowDecimals={false} />
        <YAxis {...eurAxis(t)} />
        <Tooltip {...daysTooltip(t)} />
        <Legend {...legend(statusSeries(t, statuses), split ? { micro: 'microWithin' } : {})} />
        <ReferenceLine
          x={currentDays}
          {...REFERENCE}
          strokeDasharray="2 3"
          label={{
            value: n.yourDays,
            ...REFERENCE_LABEL,
            position: 'insideTopLeft',
          }}
          ifOverflow="discard"
        />
        {statusSeries(t, statuses).map((line) => (
          <Line
            key={line.key}
            dataKey={line.key === 'micro' && split ? 'microWithin' : line.key}
            name={line.label}
            stroke={line.color}
            strokeDasharray={line.dash}
            {...STATUS_LINE}
          />
        ))}
        {split && (
          <Line
            key="microBeyond"
            dataKey="microBeyond"
            name={t.net.short.micro}
            stroke={STATUS_COLOR.micro}
            strokeDasharray={MICRO_BEYOND_CEILING_DASH}
            {...STATUS_LINE}
            legendType="none"
            tooltipType="none"
          />
        )}
      </LineChart>
    </ResponsiveContainer>
  )
}
