// The TJM bands chart: the day-rate range of each experience band, the person's band marked.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { type BandBar, formatEur } from '../../../domain'
import { useChartsTexts } from '../../../i18n/charts'
import { bandSeries, NEUTRAL } from '../series'
import { BAR, EUR_TOOLTIP, FRAME, LYING, legend, TICK } from './settings'

/**
 * One bar per band, lying down so that the band names read across at any width; the person's
 * band in the own colour, the top earners apart.
 */
export function BandsChart({ data }: { data: BandBar[] }) {
  const t = useChartsTexts()
  const [range, top] = bandSeries(t)
  return (
    <ResponsiveContainer {...FRAME}>
      <BarChart data={data} {...LYING.chart}>
        <CartesianGrid {...LYING.grid} />
        <XAxis
          type="number"
          domain={[0, 1100]}
          ticks={[0, 250, 500, 750, 1000]}
          tickFormatter={(n: number) => formatEur(n)}
          tick={TICK}
        />
        <YAxis {...LYING.names} width={110} />
        <Tooltip {...EUR_TOOLTIP} />
        <Bar dataKey={range.key} name={range.label} fill={range.color} {...BAR}>
          {data.map((row) => (
            <Cell key={row.label} fill={row.current ? NEUTRAL.own : range.color} />
          ))}
        </Bar>
        <Bar dataKey={top.key} name={top.label} fill={top.color} {...BAR} />
        <Legend {...legend(bandSeries(t))} />
      </BarChart>
    </ResponsiveContainer>
  )
}
