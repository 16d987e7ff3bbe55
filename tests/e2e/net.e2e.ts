import rules from 'modele-social'
import type { Page } from 'playwright-core'
import Engine from 'publicodes'
import { beforeAll, describe, expect, it } from 'vitest'
import { BROWSER_LOCALE } from '../../scripts/chromium.mjs'
import type { Status } from '../../src/social'
import { defaultScenario } from '../social/fixtures'
import { waitForStart } from './app'
import { ORIGIN, openSession, plain, sharedBrowser, textOf } from './browser'

// The reference: modele-social evaluated directly in this process, with the situations written
// here per /work/shared/NOTES.md and publicodes solving every inversion itself — not the
// project's own engine.
const STATUSES: Status[] = ['cdi', 'micro', 'eurl', 'eurlIs', 'sasu', 'portage']
const DIRECTOR = {
  netAfter: 'dirigeant . rémunération . net . après impôt',
  contributions: 'dirigeant . rémunération . cotisations',
}
let reference: Engine
beforeAll(() => {
  reference = new Engine(rules, { logger: { log() {}, warn() {}, error() {} } })
}, 30_000)

const eur = (amount: number) => `${amount} €/an`
const read = (situation: Record<string, string>, rule: string) =>
  reference.setSituation(situation).evaluate({ valeur: rule, unité: '€/an' }).nodeValue as number

/** Every status's net after tax from modele-social at a turnover, 97 193 € gross CDI, 1 part. */
function expectedNets(turnover: number): Record<Status, number> {
  const cdi = {
    'salarié . contrat . salaire brut': eur(defaultScenario.cdiGrossEurPerYear),
    'salarié . contrat . statut cadre': 'oui',
    dirigeant: 'non',
  }
  const micro = {
    'entreprise . catégorie juridique': "'EI'",
    'entreprise . catégorie juridique . EI . auto-entrepreneur': 'oui',
    "entreprise . chiffre d'affaires": eur(turnover),
    'entreprise . activité . nature': "'libérale'",
  }
  const eurl = {
    'entreprise . catégorie juridique': "'SARL'",
    'entreprise . associés': "'unique'",
    'entreprise . imposition': "'IR'",
    "entreprise . chiffre d'affaires": eur(turnover),
    'entreprise . charges': eur(0),
  }
  // EURL at corporate tax, all the margin paid to the manager (the page's default strategy).
  const eurlIs = {
    'entreprise . catégorie juridique': "'SARL'",
    'entreprise . associés': "'unique'",
    'entreprise . imposition': "'IS'",
    'dirigeant . rémunération . totale': eur(turnover),
  }
  const sasu = {
    'entreprise . catégorie juridique': "'SAS'",
    'entreprise . associés': "'unique'",
    'dirigeant . rémunération . totale': eur(turnover),
  }
  // Portage: publicodes' own inversion of `salarié . coût total employeur` answers undefined for
  // budgets in the jump at 3 SMIC (104 410 € × 93 % is one), so the gross salary the budget pays
  // is bisected here: the largest whose employer's cost fits the budget.
  const salaried = (gross: number) => ({
    'salarié . contrat . salaire brut': eur(gross),
    'salarié . contrat . statut cadre': 'oui',
    dirigeant: 'non',
  })
  const budget = turnover * 0.93
  let [low, high] = [0, budget]
  while (high - low > 0.001) {
    const mid = (low + high) / 2
    if (read(salaried(mid), 'salarié . coût total employeur') <= budget) low = mid
    else high = mid
  }
  return {
    cdi: read(cdi, 'salarié . rémunération . net . payé après impôt'),
    micro: read(micro, 'dirigeant . auto-entrepreneur . revenu net . après impôt'),
    eurl: read(eurl, DIRECTOR.netAfter),
    eurlIs: read(eurlIs, DIRECTOR.netAfter),
    sasu: read(sasu, DIRECTOR.netAfter),
    portage: read(salaried(low), 'salarié . rémunération . net . payé après impôt'),
  }
}

const browser = sharedBrowser()

const cell = async (page: Page, status: Status, row: string) =>
  plain(
    (await page
      .locator(`[data-testid="net-table"] td[data-status="${status}"][data-row="${row}"]`)
      .textContent()) ?? '',
  )
/** "84 951 €" → 84951. */
const amount = (text: string) => Number(text.replace(/[^\d-]/g, ''))

/** Every net-table cell, once the break-even TJMs are shown too. */
async function netTable(page: Page): Promise<string[]> {
  await expect
    .poll(() => cell(page, 'eurl', 'breakEven'), { timeout: 30_000 })
    .toMatch(/^\d[\d ]*(,\d+)? €$/)
  return (await page.locator('[data-testid="net-table"] td[data-status]').allTextContents()).map(
    plain,
  )
}

async function expectNetsNear(page: Page, turnover: number) {
  const want = expectedNets(turnover)
  for (const status of STATUSES) {
    await expect
      // A cold worker builds its engine first: seconds on a loaded two-core machine.
      .poll(async () => Math.abs(amount(await cell(page, status, 'netAfter')) - want[status]), {
        timeout: 45_000,
      })
      .toBeLessThanOrEqual(1)
  }
}

/**
 * An init script that records the texts of some net-table cells ([status, row]) at every change
 * of the page, from its first parse; `recordedCells` reads them back, one array per state.
 */
const recordCells = (cells: [Status, string][]) => ({
  script: (wanted: [string, string][]) => {
    const seen: string[][] = []
    ;(window as unknown as { __cells: string[][] }).__cells = seen
    new MutationObserver(() => {
      seen.push(
        wanted.map(
          ([status, row]) =>
            document.querySelector(`td[data-status="${status}"][data-row="${row}"]`)?.textContent ??
            '',
        ),
      )
    }).observe(document, { subtree: true, childList: true, characterData: true })
  },
  arg: cells,
})
const recordedCells = async (page: Page) =>
  (await page.evaluate(() => (window as unknown as { __cells: string[][] }).__cells)).map((state) =>
    state.map(plain),
  )

describe('net income per status, in Chromium on the built app', () => {
  it('shows modele-social’s nets for the default scenario, then follows the TJM', async () => {
    // The scenario of 0 years (492,5 €/day × 212 days), not the page's default experience.
    const { page, problems } = await openSession(browser(), '/?xp=0&annee=2026')
    // The table is in the prerendered page: wait for the page to be hydrated before typing.
    await waitForStart(page)
    const table = page.getByTestId('net-table')
    await table.waitFor({ timeout: 15_000 })
    expect(await textOf(page, 'revenue')).toBe('104 410 €')
    expect(defaultScenario.tjmEurPerDay * defaultScenario.billableDays).toBe(104_410)
    await expectNetsNear(page, 104_410)
    // The headers say what the link's figures say (a status's tags come with its figures).
    expect((await table.locator('thead th').allTextContents()).map(plain)).toEqual([
      'CDI (cadre)',
      'Micro-entreprise (BNC) (non accessible à ce chiffre d’affaires)',
      'EI / EURL à l’IR',
      'EURL à l’IS',
      'SASU (président)',
      'Portage salarial (approximation)',
    ])
    expect(await cell(page, 'cdi', 'netAfter')).toBe('62 113 €')

    await page.getByLabel('TJM (€ / jour)', { exact: true }).fill('650')
    expect(await textOf(page, 'revenue')).toBe('137 800 €')
    await expectNetsNear(page, 137_800)
    await expect.poll(() => page.getByTestId('micro-ceiling').count()).toBe(1)
    expect(problems).toEqual([])
  })

  it('shows a link’s first figures status by status, the quickest first, each modele-social’s', async () => {
    const { page, problems } = await openSession(browser(), '/?xp=0&annee=2026&tjm=650', {
      initScript: recordCells([
        ['cdi', 'netAfter'],
        ['micro', 'netAfter'],
        ['eurl', 'netAfter'],
        ['micro', 'costPerDay'],
      ]),
    })
    await expect.poll(() => textOf(page, 'revenue'), { timeout: 30_000 }).toBe('137 800 €')
    await expectNetsNear(page, 137_800)
    const states = await recordedCells(page)
    // The CDI and the micro-entreprise were on screen while the EI / EURL was still computed.
    const early = states.find(
      ([cdi, micro, eurl]) => /\d/.test(cdi ?? '') && /\d/.test(micro ?? '') && eurl === 'calcul…',
    )
    expect(early).toBeDefined()
    const want = expectedNets(137_800)
    expect(Math.abs(amount(early?.[0] ?? '') - want.cdi)).toBeLessThanOrEqual(1)
    expect(Math.abs(amount(early?.[1] ?? '') - want.micro)).toBeLessThanOrEqual(1)
    // Whenever the link's micro-entreprise figure was shown, its row's TJM was the link's, not
    // that of the build's figures it replaced.
    const costs = new Set(states.filter(([, micro]) => micro === early?.[1]).map((s) => s[3]))
    expect([...costs]).toEqual([plain('650 €')])
    expect(problems).toEqual([])
  })

  it('updates the build’s figures in one answer once their curve came, no column left computing', async () => {
    const { page, problems } = await openSession(browser(), '/', {
      initScript: recordCells([
        ['micro', 'netAfter'],
        ['eurl', 'netAfter'],
      ]),
    })
    await waitForStart(page)
    // The default page's answers are all in: the worker's engine has run the curve, warm.
    await page.locator('.net[data-curve="ready"]').waitFor({ timeout: 90_000 })
    const before = await cell(page, 'micro', 'netAfter')
    await page.getByLabel('TJM (€ / jour)', { exact: true }).fill('650')
    await expect.poll(() => cell(page, 'micro', 'netAfter'), { timeout: 30_000 }).not.toBe(before)
    await expect.poll(() => page.locator('.net').getAttribute('aria-busy')).toBe('false')
    const states = await recordedCells(page)
    expect(states.length).toBeGreaterThan(0)
    expect(states.filter((state) => state.includes('calcul…'))).toEqual([])
    expect(problems).toEqual([])
  })

  it('shows the same figures whether the inputs come from a link or from typing', async () => {
    const typed = await openSession(browser(), '/?annee=2026&tjm=600')
    await waitForStart(typed.page)
    await typed.page.getByTestId('net-table').waitFor({ timeout: 15_000 })
    await netTable(typed.page)
    // A history of other inputs before the final ones: the solvers are seeded from them.
    const tjm = typed.page.getByLabel('TJM (€ / jour)', { exact: true })
    for (const value of ['487,5', '512', '487,5']) {
      await tjm.fill(value)
      await expect.poll(() => textOf(typed.page, 'revenue')).not.toBe('')
      await netTable(typed.page)
    }
    await expect.poll(() => textOf(typed.page, 'revenue')).toBe('103 350 €')
    const afterTyping = await netTable(typed.page)

    const linked = await openSession(browser(), '/?annee=2026&tjm=487.5')
    await waitForStart(linked.page)
    await linked.page.getByTestId('net-table').waitFor({ timeout: 15_000 })
    expect(await textOf(linked.page, 'revenue')).toBe('103 350 €')
    expect(await netTable(linked.page)).toEqual(afterTyping)
  })
})

describe('a social worker that never answers, or answers garbage', () => {
  it('keeps the gross calculator working when the social worker cannot start', async () => {
    // A page whose worker script is refused: the net panel must fail alone.
    const context = await browser().newContext({ locale: BROWSER_LOCALE })
    const broken = await context.newPage()
    const pageErrors: string[] = []
    broken.on('pageerror', (e) => pageErrors.push(e.message))
    await broken.route(/\/assets\/worker-[^/]*\.js$/, (route) => route.abort())
    await broken.goto(`${ORIGIN}/?annee=2026`)
    // The net panel's alert. The target panel asks later, on a worker started anew, and says the
    // same in its place when that one fails too; the project's CI once saw it still waiting after
    // 15 s (a target search may wait 40 s), so only the net panel's own alert is checked.
    const alert = broken
      .locator('section.net')
      .getByRole('alert')
      .filter({ hasText: 'Le calcul du revenu net a échoué' })
    await expect.poll(() => alert.count(), { timeout: 15_000 }).toBe(1)
    await broken.getByLabel("Années d'expérience", { exact: true }).fill('12')
    await expect.poll(() => textOf(broken, 'band-range')).toBe('650 € – 685 €')
    expect(await textOf(broken, 'revenue')).toBe('141 510 €')
    expect(await broken.getByRole('button', { name: 'Réessayer' }).count()).toBe(1)
    expect(pageErrors).toEqual([])
    await context.close()
  })

  const WORKER = /\/assets\/worker-[^/]*\.js$/
  const SCRIPTS = {
    silent: 'self.onmessage = () => {}',
    garbage: "self.onmessage = () => self.postMessage('garbage')",
  }

  it.each(['garbage', 'silent'] as const)(
    'a %s worker shows the error; Réessayer starts a fresh, working one',
    async (kind) => {
      let broken = true
      // Not the default inputs (12 years), whose figures come prerendered: these need the worker.
      const { page } = await openSession(browser(), '/?xp=0&tjm=600&annee=2026', {
        beforeGoto: (p) =>
          p.route(WORKER, (route) =>
            broken
              ? route.fulfill({ contentType: 'text/javascript', body: SCRIPTS[kind] })
              : route.fallback(),
          ),
      })
      // The net panel's alert (the panels that read its figures say the same in their place).
      const alert = page
        .locator('section.net')
        .getByRole('alert')
        .filter({ hasText: 'Le calcul du revenu net a échoué' })
      // A silent worker is given up after the client's first-answer time-out (30 s).
      await expect.poll(() => alert.count(), { timeout: 45_000 }).toBe(1)
      expect(await textOf(page, 'revenue')).toBe('127 200 €')
      broken = false
      await page.getByRole('button', { name: 'Réessayer' }).click()
      await page.getByTestId('net-table').waitFor({ timeout: 20_000 })
      await expect.poll(() => alert.count()).toBe(0)
      await expectNetsNear(page, 600 * 212)
    },
    90_000,
  )
})
