// Fails the build when the JavaScript a first visit loads exceeds its budget. First load = the
// entry script and every modulepreload of dist/index.html; other chunks load lazily and are
// reported beside it. Prints JSON with --json, for the bench.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export const FIRST_LOAD_BUDGET_KIB = 100

const kib = (bytes) => Math.round((bytes / 1024) * 10) / 10
const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 9 }).length
const gzipKib = (file) => kib(gzipBytes(file))

export function measure(dist = 'dist') {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const first = new Set()
  for (const m of html.matchAll(/<script[^>]+type="module"[^>]+src="\/([^"]+)"/g)) first.add(m[1])
  for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+)"/g))
    first.add(m[1])
  if (first.size === 0) throw new Error(`no entry script found in ${dist}/index.html`)
  const all = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`)
  const firstLoad = [...first].map((f) => ({ file: f, gzipKiB: gzipKib(join(dist, f)) }))
  const lazy = all
    .filter((f) => !first.has(f))
    .map((f) => ({ file: f, gzipKiB: gzipKib(join(dist, f)) }))
  // The sum of the chunks' exact sizes, rounded once (not the sum of rounded sizes).
  const firstLoadBytes = [...first].reduce((sum, f) => sum + gzipBytes(join(dist, f)), 0)
  // Within budget on the exact bytes: 100.04 KiB shows as 100 but is over.
  const withinBudget = firstLoadBytes <= FIRST_LOAD_BUDGET_KIB * 1024
  return {
    firstLoadKiB: kib(firstLoadBytes),
    firstLoadBytes,
    withinBudget,
    budgetKiB: FIRST_LOAD_BUDGET_KIB,
    firstLoad,
    lazy,
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = measure()
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(result))
  } else {
    for (const c of result.firstLoad)
      console.log(`first load  ${c.gzipKiB.toFixed(1).padStart(7)} KiB gz  ${c.file}`)
    for (const c of result.lazy)
      console.log(`lazy        ${c.gzipKiB.toFixed(1).padStart(7)} KiB gz  ${c.file}`)
    console.log(
      `first-load JavaScript: ${result.firstLoadKiB} KiB gzip, ${result.firstLoadBytes} bytes (budget ${result.budgetKiB} KiB)`,
    )
  }
  if (!result.withinBudget) {
    console.error(`over budget: ${result.firstLoadBytes} bytes > ${result.budgetKiB * 1024}`)
    process.exit(1)
  }
}
