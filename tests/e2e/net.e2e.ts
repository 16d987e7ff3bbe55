import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { SocialInputsSchema, type Status } from '../../src/social'
import { createSocialEngine, type SocialEngine } from '../../src/social/engine'
import { ORIGIN, openPage, plain, sharedBrowser, textOf } from './browser'

const STATUSES: Status[] = ['cdi', 'micro', 'eurl', 'sasu', 'portage']
const euros = (n: number) =>
  plain(
    new Intl.NumberFormat('fr-FR', {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    }).format(n),
  )

const browser = sharedBrowser()
let engine: SocialEngine
beforeAll(() => {
  engine = createSocialEngine()
})

const cell = async (page: Page, status: Status, row: string) =>
  plain(
    (await page
      .locator(`[data-testid="net-table"] td[data-status="${status}"][data-row="${row}"]`)
      .textContent()) ?? '',
  )

/** The figures the page must show: modele-social evaluated here, outside the browser. */
function expected(turnoverEurPerYear: number) {
  return engine.compute(
    SocialInputsSchema.parse({
      turnoverEurPerYear,
      billableDays: 212,
      cdiGrossEurPerYear: 97_193,
      householdParts: 1,
      microVersementLiberatoire: false,
    }),
  ).results
}

async function expectFigures(page: Page, turnoverEurPerYear: number) {
  const want = expected(turnoverEurPerYear)
  for (const status of STATUSES) {
    await expect
      .poll(() => cell(page, status, 'netAfter'), { timeout: 10_000 })
      .toBe(euros(want[status].netAfterTaxEurPerYear))
    expect(await cell(page, status, 'contributions')).toBe(
      euros(want[status].contributionsEurPerYear),
    )
    expect(await cell(page, status, 'tax')).toBe(euros(want[status].incomeTaxEurPerYear))
  }
}

describe('net income per status, in Chromium on the built app', () => {
  it('shows the five columns for the default scenario, then follows the TJM', async () => {
    const { page, problems } = await openPage(browser(), '/?annee=2026')
    const table = page.getByTestId('net-table')
    await table.waitFor({ timeout: 15_000 })
    expect((await table.locator('thead th').allTextContents()).map(plain)).toEqual([
      'CDI (cadre)',
      'Micro-entreprise (BNC)',
      'EI / EURL à l’IR',
      'SASU (président)',
      'Portage salarial (approximation)',
    ])
    expect(await textOf(page, 'revenue')).toBe('104 410 €')
    await expectFigures(page, 104_410)
    expect(await cell(page, 'cdi', 'netAfter')).toBe('62 113 €')
    await expect
      .poll(() => cell(page, 'sasu', 'breakEven'), { timeout: 15_000 })
      .toMatch(/^\d[\d ]*(,\d+)? €$/)

    await page.getByLabel('TJM (€ / jour)', { exact: true }).fill('650')
    expect(await textOf(page, 'revenue')).toBe('137 800 €')
    await expectFigures(page, 137_800)
    await expect.poll(() => page.getByTestId('micro-ceiling').count()).toBe(1)
    expect(problems).toEqual([])
  })

  it('keeps the gross calculator working when the social worker cannot start', async () => {
    // A page whose worker script is refused: the net panel must fail alone.
    const context = await browser().newContext()
    const broken = await context.newPage()
    const pageErrors: string[] = []
    broken.on('pageerror', (e) => pageErrors.push(e.message))
    await broken.route(/\/assets\/worker-[^/]*\.js$/, (route) => route.abort())
    await broken.goto(`${ORIGIN}/?annee=2026`)
    await expect
      .poll(
        () =>
          broken.getByRole('alert').filter({ hasText: 'Le calcul du revenu net a échoué' }).count(),
        {
          timeout: 15_000,
        },
      )
      .toBe(1)
    await broken.getByLabel("Années d'expérience", { exact: true }).fill('12')
    await expect.poll(() => textOf(broken, 'band-range')).toBe('650 € – 685 €')
    expect(await textOf(broken, 'revenue')).toBe('141 510 €')
    expect(await broken.getByRole('button', { name: 'Réessayer' }).count()).toBe(1)
    expect(pageErrors).toEqual([])
    await context.close()
  })
})
