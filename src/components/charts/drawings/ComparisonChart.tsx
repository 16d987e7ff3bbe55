// The comparison chart: freelance revenue beside the CDI gross salary, each value over its bar.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts'
import { type ComparisonBar, formatEur } from '../../../domain'
import { useChartsTexts } from '../../../i18n/charts'
import { comparisonSeries, INK } from '../series'
import { BAR, eurAxis, FRAME, GRID, PLOT, TICK } from './settings'

/**
 * An axis label broken into lines of at most `maxChars` characters at spaces, so that long
 * category names fit under narrow bars instead of running into each other.
 */
function WrappedTick(props: { x?: number; y?: number; payload?: { value: string } }) {
  const { x = 0, y = 0, payload } = props
  const lines: string[] = []
  for (const word of String(payload?.value ?? '').split(' ')) {
    const last = lines.at(-1)
    if (last !== undefined && `${last} ${word}`.length <= 14)
      lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  return (
    <text x={x} y={y + 4} textAnchor="middle" fontSize={TICK.fontSize} fill={TICK.fill}>
      {lines.map((line, i) => (
        <tspan key={line} x={x} dy={i === 0 ? '0.71em' : '1.2em'}>
          {line}
        </tspan>
      ))}
    </text>
  )
}

/**
 * Two upright bars, freelance revenue and CDI gross salary, each value written above its bar:
 * standing bars leave each label the bar's whole width, so "1 000 000 €" fits at 320 px.
 */
export function ComparisonChart({ data }: { data: ComparisonBar[] }) {
  const t = useChartsTexts()
  const series = comparisonSeries(t)
  const rows = series.map((s) => ({
    ...s,
    eurPerYear: data.find((d) => d.key === s.key)?.eurPerYear ?? 0,
  }))
  return (
    <ResponsiveContainer {...FRAME}>
      <BarChart data={rows} {...PLOT} margin={{ top: 24, right: 8, bottom: 8, left: 8 }}>
        <CartesianGrid {...GRID} vertical={false} />
        <XAxis dataKey="label" interval={0} height={56} tick={<WrappedTick />} />
        <YAxis {...eurAxis(t)} />
        <Bar dataKey="eurPerYear" name={t.charts.series.eurPerYear} {...BAR}>
          {rows.map((row) => (
            <Cell key={row.key} fill={row.color} />
          ))}
          <LabelList
            dataKey="eurPerYear"
            position="top"
            fill={INK.ink}
            fontSize={12}
            formatter={(v: unknown) => formatEur(Number(v))}
          />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  )
}
