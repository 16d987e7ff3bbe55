import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// The status colours stay apart for people with the common colour-vision deficiencies: each pair
// differs by a CIE76 ΔE of at least 10 after a deuteranopia or protanopia simulation (Viénot,
// Brettel & Mollon 1999 matrices in linear RGB), in the light palette and in the dark theme.
const STATUS_VARS = ['cdi', 'micro', 'eurl', 'sasu', 'portage', 'eurl-is']

function statusColours(css: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of STATUS_VARS) {
    const m = css.match(new RegExp(`--status-${name}:\\s*(#[0-9a-fA-F]{6})`))
    if (m?.[1]) out[name] = m[1]
  }
  return out
}

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
const rgb = (hex: string) =>
  [1, 3, 5].map((i) => toLinear(Number.parseInt(hex.slice(i, i + 2), 16) / 255)) as [
    number,
    number,
    number,
  ]

type Matrix = [number, number, number][]
const SIMULATIONS: Record<string, Matrix | null> = {
  none: null,
  protanopia: [
    [0.11238, 0.88762, 0],
    [0.11238, 0.88762, 0],
    [0.00401, -0.00401, 1],
  ],
  deuteranopia: [
    [0.29275, 0.70725, 0],
    [0.29275, 0.70725, 0],
    [-0.02234, 0.02234, 1],
  ],
}

function lab([r, g, b]: [number, number, number]): [number, number, number] {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (t * 24389) / 27 + 16 / 116)
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
}

const simulate = (c: [number, number, number], m: Matrix | null) =>
  m === null
    ? c
    : (m.map((row) => Math.min(1, Math.max(0, row[0] * c[0] + row[1] * c[1] + row[2] * c[2]))) as [
        number,
        number,
        number,
      ])

const deltaE = (a: number[], b: number[]) => Math.hypot(...a.map((v, i) => v - (b[i] as number)))

describe('status colours under colour-blindness simulations', () => {
  const light = statusColours(readFileSync('src/palette.css', 'utf8'))
  const dark = statusColours(readFileSync('src/theme-dark.css', 'utf8'))
  it.each([
    ['light', light],
    ['dark', dark],
  ])('%s palette: every pair of statuses stays ΔE ≥ 10 apart', (_, colours) => {
    expect(Object.keys(colours)).toEqual(STATUS_VARS)
    for (const [vision, matrix] of Object.entries(SIMULATIONS)) {
      const names = Object.keys(colours)
      for (const [i, a] of names.entries()) {
        for (const b of names.slice(i + 1)) {
          const d = deltaE(
            lab(simulate(rgb(colours[a] as string), matrix)),
            lab(simulate(rgb(colours[b] as string), matrix)),
          )
          expect(d, `${vision}: ${a} vs ${b}`).toBeGreaterThanOrEqual(10)
        }
      }
    }
  })
})
