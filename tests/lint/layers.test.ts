import { spawnSync } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

/**
 * Lints a file written for the test at `path` (removed afterwards), returns Biome's exit code and
 * report. The layers are enforced by biome.json's per-folder noRestrictedImports.
 */
function lint(path: string, source: string): { status: number | null; report: string } {
  writeFileSync(path, source)
  try {
    const run = spawnSync('node_modules/.bin/biome', ['lint', path], { encoding: 'utf8' })
    return { status: run.status, report: `${run.stdout}${run.stderr}` }
  } finally {
    rmSync(path, { force: true })
  }
}

const probe = (folder: string) => `src/${folder}/layer-probe-${process.pid}.ts`

describe('layers enforced by the linter', () => {
  it.each([
    ['domain', "import { useState } from 'react'\nexport const probe = useState\n"],
    ['domain', "import { useCalculator } from '../store'\nexport const probe = useCalculator\n"],
    [
      'domain',
      "import { Charts } from '../components/charts/Charts'\nexport const probe = Charts\n",
    ],
    ['domain', "import { create } from 'zustand'\nexport const probe = create\n"],
    ['domain', "import { BarChart } from 'recharts'\nexport const probe = BarChart\n"],
    ['domain', "import { compute } from '../social'\nexport const probe = compute\n"],
    ['store', "import { Toolbar } from '../components/Toolbar'\nexport const probe = Toolbar\n"],
    ['social', "import { useCalculator } from '../store'\nexport const probe = useCalculator\n"],
    ['social', "import { useState } from 'react'\nexport const probe = useState\n"],
    ['pwa', "import { useState } from 'react'\nexport const probe = useState\n"],
    [
      'social',
      "import { NetPanel } from '../components/net/NetPanel'\nexport const probe = NetPanel\n",
    ],
  ])('src/%s refuses %s', (folder, source) => {
    const { status, report } = lint(probe(folder), source)
    expect(status).not.toBe(0)
    expect(report).toContain('lint/style/noRestrictedImports')
  })

  it('lets the domain import its own modules and zod', () => {
    const { status, report } = lint(
      probe('domain'),
      "import { z } from 'zod/mini'\nimport { formatEur } from './format'\nexport const probe = [z, formatEur]\n",
    )
    expect(report).not.toContain('noRestrictedImports')
    expect(status).toBe(0)
  })
})
