// Benchmarks the social model layer in Node: engine construction, a naive baseline (one engine,
// every status from its documented situation, solved by publicodes itself, nothing cached) and
// src/social/engine.ts over the same sequence of input changes, then the break-even search.
// With --browser, also the real worker built by Vite, in Chromium through playwright-core.
//
//   node scripts/bench-social.mjs [--changes 40] [--naive 12] [--browser]
//
// engine.ts is TypeScript: Vite's module runner loads it (no build step, no extra dependency).
// The browser run needs Chromium (CHROME_PATH, default /usr/bin/chromium).

import { createReadStream, existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import http from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import rules from 'modele-social'
import Engine from 'publicodes'
import { build, runnerImport } from 'vite'
import { BROWSER_LOCALE, chromiumLaunchOptions } from './chromium.mjs'

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`)
  return at > 0 ? Number(process.argv[at + 1]) : fallback
}
const CHANGES = arg('changes', 40)
const BROWSER = process.argv.includes('--browser')
const NAIVE_CHANGES = arg('naive', 12)
const STATUSES = ['cdi', 'micro', 'eurl', 'eurlIs', 'sasu', 'portage']

const root = new URL('..', import.meta.url).pathname
const { module: social } = await runnerImport(`${root}src/social/engine.ts`, {
  configFile: false,
  logLevel: 'silent',
  root,
})

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
const quantile = (xs, q) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]
const ms = (x) => `${x.toFixed(0)} ms`
const time = (f) => {
  const t = performance.now()
  const value = f()
  return [performance.now() - t, value]
}

// The default scenario: 492.5 €/day × 212 days, CDI 97 193 € gross, 1 part, no expenses, 7 %.
// The page sends the TJM and days (the worker derives the turnover); the engine and the naive
// baseline, called directly, read the turnover: both are kept, TJM × days.
const DEFAULT = {
  tjmEurPerDay: 492.5,
  turnoverEurPerYear: 104410,
  billableDays: 212,
  expensesEurPerYear: 0,
  cdiGrossEurPerYear: 97193,
  householdParts: 1,
  microVersementLiberatoire: false,
  portageFeeRate: 0.07,
  sasuPay: 'salaire',
  eurlIsPay: 'salaire',
  dividendsMethod: 'pfu',
  capitalEur: 1000,
  currentAccountEur: 0,
}

// A reproducible sequence of changes as a person makes them: mostly the TJM slider, sometimes
// another field.
function* changes(count) {
  let seed = 42
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  let inputs = { ...DEFAULT }
  for (let i = 0; i < count; i++) {
    const r = random()
    if (r < 0.6) {
      const tjm = Math.round(400 + random() * 500)
      inputs = { ...inputs, tjmEurPerDay: tjm, turnoverEurPerYear: tjm * inputs.billableDays }
    } else if (r < 0.7) inputs = { ...inputs, householdParts: [1, 1.5, 2, 2.5, 3][i % 5] }
    else if (r < 0.8)
      inputs = { ...inputs, cdiGrossEurPerYear: Math.round(60000 + random() * 80000) }
    else if (r < 0.87) inputs = { ...inputs, expensesEurPerYear: Math.round(random() * 10) * 1000 }
    else if (r < 0.94)
      inputs = { ...inputs, microVersementLiberatoire: !inputs.microVersementLiberatoire }
    else inputs = { ...inputs, portageFeeRate: [0.05, 0.07, 0.1][i % 3] }
    yield { ...inputs }
  }
}

// Naive baseline: the documented situations, publicodes solving the inversions itself.
const eur = (n) => `${Math.round(n * 100) / 100} €/an`
function household(parts) {
  return parts >= 2
    ? {
        'impôt . foyer fiscal . situation de famille': "'couple'",
        'impôt . foyer fiscal . nombre de parts . rattachées': `${parts - 2} part`,
      }
    : { 'impôt . foyer fiscal . nombre de parts . rattachées': `${parts - 1} part` }
}
function naiveCompute(engine, inputs) {
  const value = (rule) => engine.evaluate({ valeur: rule, unité: '€/an' }).nodeValue
  const { turnoverEurPerYear: ca, expensesEurPerYear: charges } = inputs
  const h = household(inputs.householdParts)
  const out = {}
  engine.setSituation({
    'salarié . contrat . salaire brut': eur(inputs.cdiGrossEurPerYear),
    'salarié . contrat . statut cadre': 'oui',
    dirigeant: 'non',
    ...h,
  })
  out.cdi = value('salarié . rémunération . net . payé après impôt')
  value('salarié . rémunération . net . à payer avant impôt')
  engine.setSituation({
    'entreprise . catégorie juridique': "'EI'",
    'entreprise . catégorie juridique . EI . auto-entrepreneur': 'oui',
    "entreprise . chiffre d'affaires": eur(ca),
    'entreprise . activité . nature': "'libérale'",
    ...(inputs.microVersementLiberatoire
      ? { 'dirigeant . auto-entrepreneur . impôt . versement libératoire': 'oui' }
      : {}),
    ...h,
  })
  out.micro = value('dirigeant . auto-entrepreneur . revenu net . après impôt') - charges
  engine.setSituation({
    'entreprise . catégorie juridique': "'SARL'",
    'entreprise . associés': "'unique'",
    'entreprise . imposition': "'IR'",
    "entreprise . chiffre d'affaires": eur(ca),
    'entreprise . charges': eur(charges),
    ...h,
  })
  out.eurl = value('dirigeant . rémunération . net . après impôt')
  engine.setSituation({
    'entreprise . catégorie juridique': "'SAS'",
    'entreprise . associés': "'unique'",
    'dirigeant . rémunération . totale': eur(ca - charges),
    ...h,
  })
  out.sasu = value('dirigeant . rémunération . net . après impôt')
  engine.setSituation({
    'salarié . coût total employeur': eur(ca * (1 - inputs.portageFeeRate) - charges),
    'salarié . contrat . statut cadre': 'oui',
    dirigeant: 'non',
    ...h,
  })
  out.portage = value('salarié . rémunération . net . payé après impôt')
  return out
}

console.log(
  `Node ${process.version}, ${CHANGES} input changes (${NAIVE_CHANGES} for the naive baseline)`,
)

// 1. Construction.
const builds = []
let base
for (let i = 0; i < 3; i++) {
  const [t, engine] = time(() => social.buildPublicodesEngine())
  builds.push(t)
  base = engine
}
const [silentBuild] = time(() => new Engine(rules, { logger: { log() {}, warn() {}, error() {} } }))
console.log(
  `engine construction: ${builds.map(ms).join(', ')} (median ${ms(median(builds))}; again directly: ${ms(silentBuild)})`,
)

// 2. Naive baseline.
const naiveEngine = base.shallowCopy()
naiveCompute(naiveEngine, DEFAULT) // warm-up
const naiveTimes = []
for (const inputs of changes(NAIVE_CHANGES)) {
  naiveTimes.push(time(() => naiveCompute(naiveEngine, inputs))[0])
}
console.log(
  `naive baseline, all five statuses: median ${ms(median(naiveTimes))}, p90 ${ms(quantile(naiveTimes, 0.9))}`,
)

// 3. Optimised path: a fresh social engine (cold caches) over the same changes.
const engine = social.createSocialEngine(base.shallowCopy())
const [firstCompute] = time(() => engine.compute(DEFAULT))
const perStatus = Object.fromEntries(STATUSES.map((s) => [s, []]))
const totals = []
const situations = []
for (const inputs of changes(CHANGES)) {
  const before = engine.stats().situations
  let total = 0
  for (const status of STATUSES) {
    const [t] = time(() => engine.computeStatus(status, inputs))
    perStatus[status].push(t)
    total += t
  }
  totals.push(total)
  situations.push(engine.stats().situations - before)
}
console.log(`optimised, first compute (cold): ${ms(firstCompute)}`)
console.log(
  `optimised, all five statuses: median ${ms(median(totals))}, p90 ${ms(quantile(totals, 0.9))}, max ${ms(Math.max(...totals))}; model evaluations per change: median ${median(situations)}`,
)
console.log(
  `  per status (median / p90): ${STATUSES.map((s) => `${s} ${ms(median(perStatus[s]))}/${ms(quantile(perStatus[s], 0.9))}`).join(', ')}`,
)

// 4. Break-even, as the page asks for it after a compute.
const breakEvenTimes = []
let count = 0
for (const inputs of changes(CHANGES)) {
  if (count++ % 4 !== 0) continue
  engine.compute(inputs)
  breakEvenTimes.push(time(() => engine.breakEven(inputs))[0])
}
console.log(
  `break-even (after a compute): median ${ms(median(breakEvenTimes))}, max ${ms(Math.max(...breakEvenTimes))} over ${breakEvenTimes.length}`,
)
const coldEngine = social.createSocialEngine(base.shallowCopy())
const [coldBreakEven] = time(() => coldEngine.breakEven(DEFAULT))
console.log(`break-even on a cold engine, default scenario: ${ms(coldBreakEven)}`)

// 5. The default scenario's figures.
const result = engine.compute(DEFAULT)
const naive = naiveCompute(naiveEngine, DEFAULT)
console.log(
  '\ndefault scenario (€/year): gross or turnover, contributions, net before tax, income tax, net after tax [naive net after tax]',
)
for (const status of STATUSES) {
  const r = result.results[status]
  const figures = [
    r.grossOrTurnoverEurPerYear,
    r.contributionsEurPerYear,
    r.netBeforeTaxEurPerYear,
    r.incomeTaxEurPerYear,
    r.netAfterTaxEurPerYear,
  ]
  console.log(
    `  ${status.padEnd(8)}${figures.map((f) => f.toFixed(2).padStart(11)).join('')}  [${naive[status]?.toFixed(2)}]`,
  )
}
const breakEven = engine.breakEven(DEFAULT)
console.log(
  `break-even TJM (€/day, ${DEFAULT.billableDays} days): ${Object.entries(breakEven.statuses)
    .map(([s, p]) => `${s} ${p.tjmEurPerDay}`)
    .join(', ')}`,
)

// 6. The optimal SASU split: the engine's search against the naive 1 000 € grid of total pay,
// each point evaluated directly (publicodes inverting the pay, then the dividends).
for (const dividendsMethod of ['pfu', 'bareme']) {
  const optimalTimes = []
  const optimalSituations = []
  for (const turnover of [104_410, 91_582.5, 128_000]) {
    const inputs = { ...DEFAULT, turnoverEurPerYear: turnover, sasuPay: 'optimal', dividendsMethod }
    const before = engine.stats().situations
    optimalTimes.push(time(() => engine.computeStatus('sasu', inputs))[0])
    optimalSituations.push(engine.stats().situations - before)
  }
  console.log(
    `optimal SASU split (${dividendsMethod}): median ${ms(median(optimalTimes))}, max ${ms(Math.max(...optimalTimes))}; model evaluations: ${optimalSituations.join(', ')}`,
  )
}
function naiveGrid(turnover) {
  const situation = {
    'entreprise . catégorie juridique': "'SAS'",
    'entreprise . associés': "'unique'",
    'entreprise . imposition': "'IS'",
    "entreprise . chiffre d'affaires": `${turnover} €/an`,
    ...household(1),
  }
  let best = Number.NEGATIVE_INFINITY
  let evaluations = 0
  const read = (extra, rule) => {
    evaluations += 1
    return naiveEngine
      .setSituation({ ...situation, ...extra })
      .evaluate({ valeur: rule, unité: '€/an' }).nodeValue
  }
  for (let pay = 1000; pay <= turnover; pay += 1000) {
    const paid = { 'dirigeant . rémunération . totale': `${pay} €/an` }
    const salary = read(paid, 'dirigeant . rémunération . net . après impôt')
    const profit = read(paid, 'entreprise . imposition . IS . résultat net')
    const dividends = read(
      {
        ...paid,
        bénéficiaire: 'oui',
        'impôt . méthode de calcul': "'PFU'",
        'bénéficiaire . dividendes . bruts': `${profit} €/an`,
      },
      "bénéficiaire . dividendes . nets d'impôt",
    )
    if (typeof salary === 'number' && typeof dividends === 'number')
      best = Math.max(best, salary + dividends)
  }
  return { best, evaluations }
}
const [gridMs, grid] = time(() => naiveGrid(DEFAULT.turnoverEurPerYear))
const optimal = engine.computeStatus('sasu', { ...DEFAULT, sasuPay: 'optimal' })
console.log(
  `naive 1 000 € grid of pay, default scenario: ${ms(gridMs)}, ${grid.evaluations} evaluations, best ${grid.best.toFixed(2)} €; engine's optimum ${optimal.netAfterTaxEurPerYear.toFixed(2)} €`,
)

if (BROWSER) await benchInChromium()

// The real worker, built by Vite into a throw-away page, timed from the page in Chromium.
async function benchInChromium() {
  const { chromium } = await import('playwright-core')
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-social-'))
  try {
    await writeFile(
      path.join(dir, 'index.html'),
      '<!doctype html><html><head><meta charset="utf-8"><title>bench</title></head><body><script type="module" src="./main.ts"></script></body></html>',
    )
    await writeFile(path.join(dir, 'main.ts'), harnessSource())
    await build({
      root: dir,
      configFile: false,
      logLevel: 'warn',
      base: './',
      build: { outDir: path.join(dir, 'dist'), target: 'es2022', chunkSizeWarningLimit: 4096 },
      worker: { format: 'es' },
    })
    const server = serve(path.join(dir, 'dist'))
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
    const browser = await chromium.launch(chromiumLaunchOptions())
    try {
      const page = await browser.newPage({ locale: BROWSER_LOCALE })
      page.on('pageerror', (error) => console.error('page error:', error.message))
      await page.goto(`http://127.0.0.1:${server.address().port}/`)
      await page.waitForFunction(() => window.__bench !== undefined, null, { timeout: 300_000 })
      const b = await page.evaluate(() => window.__bench)
      if (b.error) throw new Error(b.error)
      console.log(`\nChromium ${browser.version()} (real worker, round trips from the page)`)
      console.log(`engine construction on the page: ${b.builds.map(ms).join(', ')}`)
      console.log(`first compute (worker start, engine build, cold caches): ${ms(b.first)}`)
      console.log(
        `compute, all five statuses: median ${ms(median(b.computes))}, p90 ${ms(quantile(b.computes, 0.9))}, max ${ms(Math.max(...b.computes))}`,
      )
      console.log(
        `break-even (after a compute): median ${ms(median(b.breakEvens))}, max ${ms(Math.max(...b.breakEvens))} over ${b.breakEvens.length}`,
      )
      console.log(`a burst of 10 computes: ${b.burst.outcomes.join(', ')} in ${ms(b.burst.ms)}`)
    } finally {
      await browser.close()
      server.close()
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

function serve(dist) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }
  return http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    const file = path.join(dist, url.pathname === '/' ? 'index.html' : url.pathname)
    if (!file.startsWith(dist) || !existsSync(file)) {
      response.writeHead(404)
      response.end()
      return
    }
    response.writeHead(200, {
      'content-type': types[path.extname(file)] ?? 'application/octet-stream',
    })
    createReadStream(file).pipe(response)
  })
}

function harnessSource() {
  const sequence = JSON.stringify([...changes(CHANGES)])
  const burst = JSON.stringify(
    [...changes(10)].map((i) => ({
      ...i,
      tjmEurPerDay: i.tjmEurPerDay + 1,
      turnoverEurPerYear: (i.tjmEurPerDay + 1) * i.billableDays,
    })),
  )
  return `
import { buildPublicodesEngine } from '${root}src/social/engine.ts'
import { createSocialClient } from '${root}src/social/index.ts'
const sequence = ${sequence}
const burstInputs = ${burst}
const DEFAULT = ${JSON.stringify(DEFAULT)}
const time = async (f) => { const t = performance.now(); await f(); return performance.now() - t }
;(async () => {
  const client = createSocialClient()
  const first = await time(() => client.compute(DEFAULT))
  const builds = []
  for (let i = 0; i < 3; i++) builds.push(await time(() => buildPublicodesEngine()))
  const computes = []
  for (const inputs of sequence) computes.push(await time(() => client.compute(inputs)))
  const breakEvens = []
  for (const [i, inputs] of sequence.entries()) {
    if (i % 4 !== 0) continue
    await client.compute(inputs)
    breakEvens.push(await time(() => client.breakEven(inputs)))
  }
  const t = performance.now()
  const outcomes = await Promise.all(burstInputs.map((i) => client.compute(i).then(() => 'ok', (e) => e.name)))
  window.__bench = { first, builds, computes, breakEvens, burst: { outcomes, ms: performance.now() - t } }
})().catch((error) => { window.__bench = { error: String(error) } })
`
}
