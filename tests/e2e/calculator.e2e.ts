import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import dataset from '../../data/cto-france.json'
import {
  CalculatorPage,
  CHART_IDS,
  chartSvg,
  describedBy,
  eur,
  eurCents,
  expectHealthy,
  field,
  fieldValue,
  fieldValues,
  LABEL,
  openAllDetails,
  percent,
  shown,
  textSeen,
  waitForCharts,
  waitForSettled,
  waitForStart,
} from './app'
import { ORIGIN, plain, type SessionOptions, sharedBrowser } from './browser'

const browser = sharedBrowser()

/** The calculator in a new context (empty storage), closed after the test. */
const open = (path: string, options: SessionOptions = {}) =>
  CalculatorPage.open(browser(), path, options)

// Figures of the shipped dataset, read from the data file rather than from the app's code.
const bands = dataset.tjm.bands
const SALARY_MEAN = dataset.salary.meanEur
/** Working days of 2026: 261 weekdays minus 9 public holidays on a weekday. */
const WORKING_DAYS_2026 = 252
const DEFAULT_DAYS_OFF = { paidLeave: 25, bench: 10, other: 5 }

/** The band for completed years of experience, straight from the data file. */
function bandFor(years: number) {
  const completed = Math.floor(years)
  const band = bands.find(
    (b) => completed >= b.fromYears && (b.toYears === null || completed < b.toYears),
  )
  if (!band) throw new Error(`no band for ${years}`)
  return { ...band, midpoint: (band.rate.min + band.rate.max) / 2 }
}

/** A number written the French way, as the fields show it: `199,5`. */
const frNumber = (n: number) => String(n).replace('.', ',')

const rangeText = (r: { min: number; max: number }) => `${eur(r.min)} – ${eur(r.max)}`

/** "+7 217 € (+7,4 %)" for a revenue against a salary. */
const differenceText = (revenue: number, salary: number) => {
  const diff = revenue - salary
  return `${diff > 0 ? '+' : ''}${eur(diff)} (${percent(diff / salary)})`
}

describe('experience and TJM band', () => {
  it('shows the band of the completed years, and the slider follows the arrow keys', async () => {
    const s = await open('/?annee=2026')
    const { page } = s
    await waitForStart(page)
    const xp = field(page, LABEL.experience)
    for (const [typed, years] of [
      ['0', 0],
      ['2,9', 2.9],
      ['3', 3],
      ['10,9', 10.9],
      ['11', 11],
      ['15,5', 15.5],
      ['16', 16],
    ] as const) {
      await xp.fill(typed)
      const band = bandFor(years)
      await expect
        .poll(() => shown(page, 'band-range'), { message: `${typed} years` })
        .toBe(rangeText(band.rate))
      await expect
        .poll(() => new URL(page.url()).searchParams.get('xp'), { message: `${typed} in the link` })
        .toBe(String(years))
      expect(await textSeen(page.locator('.results'))).toContain(
        `Tranche « ${band.label} » · Milieu de tranche : ${eurCents(band.midpoint)}`,
      )
    }
    // Over 15 years: the spread and the top earners.
    const spread = page.locator('.results .spread')
    await expect.poll(() => textSeen(spread)).toContain('1 001 € – 1 075 €')

    // The slider shows the typed value as it is (step 0.1): 2,9 years sits before 3, in "1-2 ans".
    const slider = field(page, LABEL.slider)
    await xp.fill('2,9')
    await expect.poll(() => slider.inputValue()).toBe('2.9')
    // Keyboard on the slider: a tenth of a year per arrow, the field and the band follow.
    await xp.fill('10,9')
    await expect.poll(() => slider.inputValue()).toBe('10.9')
    await slider.focus()
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => fieldValue(page, LABEL.experience)).toBe('11')
    expect(await slider.inputValue()).toBe('11')
    await expect.poll(() => shown(page, 'band-range')).toBe(rangeText(bandFor(11).rate))
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => fieldValue(page, LABEL.experience)).toBe('10,8')
    await expect.poll(() => shown(page, 'band-range')).toBe(rangeText(bandFor(10).rate))
    await page.keyboard.press('End')
    await expect.poll(() => fieldValue(page, LABEL.experience)).toBe('50')
    await expect.poll(() => shown(page, 'band-range')).toBe(rangeText(bandFor(50).rate))
    await page.keyboard.press('Home')
    await expect.poll(() => fieldValue(page, LABEL.experience)).toBe('0')
    await expect.poll(() => shown(page, 'band-range')).toBe(rangeText(bandFor(0).rate))
    await expectHealthy(s)
  })
})

describe('billable days and revenue', () => {
  it('recomputes the days and the revenue from the calendar fields', async () => {
    const s = await open('/?xp=0')
    const { page } = s
    await waitForStart(page)
    await field(page, LABEL.year).fill('2026')
    const workingRow = page.locator('.days-table tr', { hasText: 'Jours travaillables' })
    await expect.poll(() => textSeen(workingRow.locator('td'))).toBe(String(WORKING_DAYS_2026))

    const tjm = bandFor(0).midpoint
    const off = { ...DEFAULT_DAYS_OFF }
    let working = WORKING_DAYS_2026
    const check = async (step: string) => {
      const days = working - off.paidLeave - off.bench - off.other
      const revenue = tjm * days
      await expect.poll(() => fieldValue(page, LABEL.days), { message: step }).toBe(frNumber(days))
      // Soft: a wrong writing of the total should not hide what the next steps check.
      expect.soft(await s.billableLine(), step).toBe(`Jours facturables : ${frNumber(days)}`)
      await expect.poll(() => shown(page, 'revenue'), { message: step }).toBe(eur(revenue))
      expect(await textSeen(page.locator('.results')), step).toContain(
        `${eur(revenue / 12)} par mois · ${eurCents(tjm)} × ${frNumber(days)} jours`,
      )
      expect(await shown(page, 'difference'), step).toBe(differenceText(revenue, SALARY_MEAN))
      return { days, revenue }
    }

    // Defaults of 2026: 252 − 25 − 10 − 5 = 212 days at 492,5 € → 104 410 €.
    expect(await check('defaults')).toEqual({ days: 212, revenue: 104_410 })
    await field(page, LABEL.bench).fill('0')
    off.bench = 0
    expect(await check('no bench')).toEqual({ days: 222, revenue: 109_335 })
    await field(page, LABEL.bench).fill('20')
    off.bench = 20
    await check('20 bench days')
    await field(page, LABEL.paidLeave).fill('30')
    off.paidLeave = 30
    await check('30 days of leave: now below the salary')
    await field(page, LABEL.other).fill('2,5')
    off.other = 2.5
    await check('half days')
    await field(page, LABEL.other).fill('0')
    off.other = 0
    await check('no other day')

    // Alsace-Moselle adds Good Friday (a Friday in 2026) and St Stephen's Day (a Saturday).
    const holidays = page.getByRole('list', { name: 'Jours fériés 2026' })
    await page.getByText('Voir les jours fériés').click()
    await expect.poll(() => holidays.getByRole('listitem').count()).toBe(11)
    expect(await holidays.getByRole('listitem').filter({ hasText: '(week-end)' }).count()).toBe(2)
    await field(page, LABEL.alsace).check()
    working -= 1
    await check('Alsace-Moselle')
    await expect.poll(() => holidays.getByRole('listitem').count()).toBe(13)
    expect(await holidays.getByRole('listitem').filter({ hasText: '(week-end)' }).count()).toBe(3)
    expect(page.url()).toContain('alsace=1')
    await expectHealthy(s)
  })
})

describe('TJM override', () => {
  it('takes a typed TJM, keeps it across bands, and "Revenir au TJM de la tranche" undoes it', async () => {
    const s = await open('/?xp=0&annee=2026')
    const { page } = s
    await waitForStart(page)
    const tjm = field(page, LABEL.tjm)
    const back = page.getByRole('button', { name: 'Revenir au TJM de la tranche' })
    const hint = async () => Object.values(await describedBy(tjm)).join(' | ')

    expect(await tjm.inputValue()).toBe('492,5')
    expect(await back.isDisabled()).toBe(true)
    expect(await hint()).toBe('Milieu de la tranche du marché.')
    expect(await shown(page, 'revenue')).toBe(eur(492.5 * 212))

    await tjm.fill('650')
    await expect.poll(() => shown(page, 'revenue')).toBe(eur(650 * 212))
    expect(await back.isEnabled()).toBe(true)
    expect(await hint()).toBe('Votre valeur. Tranche : 492,5 €.')
    await expect.poll(() => page.url()).toContain('tjm=650')

    // A new band does not overwrite a TJM the person typed.
    await field(page, LABEL.experience).fill('12')
    await expect.poll(() => shown(page, 'band-range')).toBe('650 € – 685 €')
    expect(await tjm.inputValue()).toBe('650')
    expect(await shown(page, 'revenue')).toBe(eur(650 * 212))
    await expect.poll(hint).toBe('Votre valeur. Tranche : 667,5 €.')

    await back.click()
    await expect.poll(() => tjm.inputValue()).toBe('667,5')
    await expect.poll(() => shown(page, 'revenue')).toBe(eur(667.5 * 212))
    expect(await back.isDisabled()).toBe(true)
    expect(await hint()).toBe('Milieu de la tranche du marché.')
    await expect.poll(() => new URL(page.url()).searchParams.has('tjm')).toBe(false)
    await expectHealthy(s)
  })
})

describe('charts', () => {
  it('load in their own chunk after the page is usable, then draw their SVG', async () => {
    let release = () => {}
    const gate = new Promise<void>((r) => {
      release = r
    })
    const chunkRequests: string[] = []
    const s = await open('/?xp=12&tjm=700&annee=2026', {
      beforeGoto: (page) =>
        page.route(/\/assets\/ChartDrawings-[\w-]+\.js$/, async (route) => {
          chunkRequests.push(route.request().url())
          await gate
          await route.continue()
        }),
    })
    const { page } = s
    await waitForStart(page)
    // The charts sit far below the fold and load only as they come near the viewport: scroll
    // down to them, as a person would, and their chunk is asked for.
    await page.locator(`.chart-box.${CHART_IDS[0]}`).scrollIntoViewIfNeeded()
    await expect.poll(() => chunkRequests.length).toBeGreaterThan(0)
    // While the chunk is held back, the boxes say so and the calculator already answers.
    for (const id of CHART_IDS) {
      const box = page.locator(`.chart-box.${id}`)
      expect(await box.getAttribute('role')).toBe('img')
      expect((await box.getAttribute('aria-label'))?.length).toBeGreaterThan(20)
      await expect.poll(() => textSeen(box)).toBe('Chargement du graphique…')
      expect(await box.locator('svg').count()).toBe(0)
    }
    await field(page, LABEL.salary).fill('120000')
    await expect.poll(() => shown(page, 'difference')).toBe(differenceText(700 * 212, 120_000))
    release()
    await waitForCharts(page)

    // Bands: six floating bars and the top earners' bar, only "11-15 ans" (the 5th) stands out.
    const bandBars = chartSvg(page, 'chart-bands').locator('.recharts-bar-rectangle path')
    await expect.poll(() => bandBars.count()).toBe(bands.length + 1)
    const fills = await bandBars.evaluateAll((ps) => ps.map((p) => p.getAttribute('fill')))
    const rangeFills = fills.slice(0, bands.length)
    const standsOut = rangeFills.filter((f) => rangeFills.filter((g) => g === f).length === 1)
    expect(standsOut, `fills ${rangeFills.join(', ')}`).toHaveLength(1)
    expect(rangeFills.indexOf(standsOut[0] ?? null)).toBe(4)

    // Revenue: four lines over 17+ points, the three Glassdoor lines and the person's point.
    const revenueSvg = chartSvg(page, 'chart-revenue')
    const curves = revenueSvg.locator('path.recharts-line-curve')
    await expect.poll(() => curves.count()).toBe(4)
    const points = await curves.evaluateAll((ps) =>
      ps.map((p) => (p.getAttribute('d') ?? '').split(/[LC]/).length),
    )
    for (const n of points) expect(n).toBeGreaterThanOrEqual(17)
    expect(await revenueSvg.locator('.recharts-reference-line').count()).toBe(3)
    expect(await revenueSvg.locator('.recharts-reference-dot').count()).toBe(1)

    // Comparison: two upright bars whose heights keep the ratio of revenue to salary, labelled.
    const revenue = 700 * 212
    const comparisonSvg = chartSvg(page, 'chart-comparison')
    const heights = () =>
      comparisonSvg
        .locator('.recharts-bar-rectangle path')
        .evaluateAll((ps) => ps.map((p) => (p as SVGGraphicsElement).getBBox().height))
    await expect
      .poll(async () => {
        const [freelance = 0, cdi = 1] = await heights()
        return Math.round((freelance / cdi) * 100) / 100
      })
      .toBe(Math.round((revenue / 120_000) * 100) / 100)
    const labels = plain((await comparisonSvg.textContent()) ?? '')
    expect(labels).toContain(eur(revenue))
    expect(labels).toContain(eur(120_000))

    // Every drawn bar has a size once the animations end.
    for (const id of CHART_IDS) {
      const sizes = await chartSvg(page, id)
        .locator('.recharts-bar-rectangle path, path.recharts-line-curve')
        .evaluateAll((ps) =>
          ps.map((p) => {
            const { width, height } = (p as SVGGraphicsElement).getBBox()
            return { width, height }
          }),
        )
      for (const box of sizes) expect(box.width + box.height).toBeGreaterThan(0)
    }
    expect(chunkRequests).toHaveLength(1)
    await expectHealthy(s)
  })

  it('each "Voir les données" table opens and holds the figures of its chart', async () => {
    const s = await open('/?xp=12&tjm=700&annee=2026')
    const { page } = s
    await waitForStart(page)
    const days = 212
    const band = bandFor(12)

    const figures = {
      bands: 'TJM selon l’expérience',
      revenue: "Chiffre d'affaires selon les jours facturés",
      comparison: 'Freelance et CDI, en brut',
    }
    for (const name of Object.values(figures)) {
      expect(await s.figure(name).locator('table').isVisible(), name).toBe(false)
      await s.showData(name)
    }

    expect(await s.tableRows(figures.bands)).toEqual([
      ['Tranche', 'TJM min', 'TJM max', 'Les mieux payés'],
      ...bands.map((b) => [
        b.label + (b.label === band.label ? ' (vous)' : ''),
        eur(b.rate.min),
        eur(b.rate.max),
        'spread' in b && b.spread ? rangeText(b.spread.top) : '—',
      ]),
    ])

    const revenueRows = (own: number) => {
      const dayList = [...new Set([...Array.from({ length: 17 }, (_, i) => 100 + 10 * i), days])]
      return [
        ['Jours', 'TJM min', 'TJM milieu', 'TJM max', 'Votre TJM'],
        ...dayList
          .sort((a, b) => a - b)
          .map((d) => [
            String(d),
            eur(band.rate.min * d),
            eur(band.midpoint * d),
            eur(band.rate.max * d),
            eur(own * d),
          ]),
      ]
    }
    expect(await s.tableRows(figures.revenue)).toEqual(revenueRows(700))
    expect(await s.tableRows(figures.comparison)).toEqual([
      ['Freelance (chiffre d’affaires)', eur(700 * days)],
      ['CDI (salaire brut)', eur(SALARY_MEAN)],
    ])

    // Open tables follow the inputs.
    await field(page, LABEL.tjm).fill('800')
    await expect.poll(() => s.tableRows(figures.revenue)).toEqual(revenueRows(800))
    await expect
      .poll(() => s.tableRows(figures.comparison))
      .toEqual([
        ['Freelance (chiffre d’affaires)', eur(800 * days)],
        ['CDI (salaire brut)', eur(SALARY_MEAN)],
      ])
    await expectHealthy(s)
  })
})

describe('shareable link', () => {
  /** What a person sees of a simulation: every field and every headline figure. */
  const snapshot = async (page: Page) => ({
    fields: await fieldValues(page),
    band: await shown(page, 'band-range'),
    revenue: await shown(page, 'revenue'),
    difference: await shown(page, 'difference'),
    billable: await textSeen(page.locator('.days-total')),
  })

  it('a copied URL reproduces the fields and figures in a fresh browser', async () => {
    const first = await open('/?annee=2026')
    await waitForStart(first.page)
    const { page } = first
    await field(page, LABEL.experience).fill('12')
    await field(page, LABEL.tjm).fill('650')
    await field(page, LABEL.days).fill('205')
    await field(page, LABEL.salary).fill('90000')
    await field(page, LABEL.bench).fill('3')
    await field(page, LABEL.alsace).check()
    await expect
      .poll(() => Object.fromEntries(new URL(page.url()).searchParams))
      .toMatchObject({
        xp: '12',
        tjm: '650',
        jours: '205',
        brut: '90000',
        annee: '2026',
        intercontrat: '3',
        alsace: '1',
      })
    const before = await snapshot(page)
    expect(before.revenue).toBe(eur(650 * 205))
    expect(before.band).toBe('650 € – 685 €')
    expect(before.difference).toBe(differenceText(650 * 205, 90_000))
    const href = page.url()
    expect(href.startsWith(`${ORIGIN}/?`)).toBe(true)
    await expectHealthy(first)
    await first.context.close()

    // A new context: empty localStorage, only the link carries the state.
    const second = await open(href.slice(ORIGIN.length), {
      initScript: {
        script: () => {
          ;(window as unknown as { storedAtStart: number }).storedAtStart = localStorage.length
        },
      },
    })
    const storedAtStart = () =>
      second.page.evaluate(() => (window as unknown as { storedAtStart: number }).storedAtStart)
    expect(await storedAtStart()).toBe(0)
    await waitForStart(second.page)
    await expect.poll(() => snapshot(second.page)).toEqual(before)
    expect(second.page.url()).toBe(href)
    await expectHealthy(second)
  })

  it('"Copier le lien" puts the page address in the clipboard and says so', async () => {
    const s = await open('/?annee=2026', {
      context: { permissions: ['clipboard-read', 'clipboard-write'] },
    })
    const { page } = s
    await waitForStart(page)
    await field(page, LABEL.experience).fill('7')
    await expect.poll(() => page.url()).toContain('xp=7')
    await page.getByRole('button', { name: 'Copier le lien' }).click()
    const status = page.locator('.toolbar [role="status"]')
    await expect.poll(() => textSeen(status)).toContain('Lien copié')
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toBe(page.url())
    expect(new URL(copied).searchParams.get('xp')).toBe('7')
    await expectHealthy(s)
  })
})

describe('invalid input', () => {
  it('shows the message under "Années d\'expérience" and keeps the last valid results', async () => {
    const s = await open('/?annee=2026')
    const { page } = s
    await waitForStart(page)
    const xp = field(page, LABEL.experience)
    await xp.fill('12')
    await expect.poll(() => shown(page, 'band-range')).toBe('650 € – 685 €')
    const valid = {
      band: await shown(page, 'band-range'),
      revenue: await shown(page, 'revenue'),
      difference: await shown(page, 'difference'),
      tjm: await fieldValue(page, LABEL.tjm),
    }
    const hint = 'Les années révolues fixent la tranche : 2,9 ans compte pour 2 ans.'
    for (const [typed, message] of [
      ['abc', 'Saisissez un nombre, par exemple 12,5.'],
      ['', 'Saisissez une valeur.'],
      ['-3', 'Saisissez une valeur entre 0 et 50.'],
      ['60', 'Saisissez une valeur entre 0 et 50.'],
    ] as const) {
      await xp.fill(typed)
      await expect.poll(() => xp.getAttribute('aria-invalid'), { message: typed }).toBe('true')
      expect(await xp.inputValue(), 'the field keeps what was typed').toBe(typed)
      expect(Object.values(await describedBy(xp)).sort(), typed).toEqual([message, hint].sort())
      const alert = page.getByRole('alert').filter({ hasText: message })
      expect(await alert.isVisible(), typed).toBe(true)
      expect(
        {
          band: await shown(page, 'band-range'),
          revenue: await shown(page, 'revenue'),
          difference: await shown(page, 'difference'),
          tjm: await fieldValue(page, LABEL.tjm),
        },
        typed,
      ).toEqual(valid)
      expect(await field(page, LABEL.slider).inputValue(), typed).toBe('12')
      expect(new URL(page.url()).searchParams.get('xp'), typed).toBe('12')
    }
    await xp.fill('7')
    await expect.poll(() => xp.getAttribute('aria-invalid')).toBe(null)
    expect(Object.values(await describedBy(xp))).toEqual([hint])
    await expect.poll(() => shown(page, 'band-range')).toBe(rangeText(bandFor(7).rate))
    expect(await page.getByRole('alert').count()).toBe(0)
    await expectHealthy(s)
  })
})

describe('layout', () => {
  /** Elements that stick out to the right of the viewport, to name them when the page scrolls. */
  const overflowing = (page: Page) =>
    page.evaluate(() => {
      const width = document.documentElement.clientWidth
      return [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > width + 0.5)
        .filter((el) => !el.parentElement?.closest('.table-scroll'))
        .slice(0, 8)
        .map(
          (el) =>
            `${el.tagName.toLowerCase()}.${el.className} → ${Math.round(el.getBoundingClientRect().right)}px`,
        )
    })

  it('has no horizontal scroll on a 390 px phone, even with every <details> open', async () => {
    const s = await open('/?annee=2026', {
      viewport: { width: 390, height: 844 },
      context: { isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    })
    const { page } = s
    await waitForStart(page)
    await waitForCharts(page)
    await waitForSettled(page)
    const scrollWidth = () => page.evaluate(() => document.documentElement.scrollWidth)
    expect(await scrollWidth(), (await overflowing(page)).join('\n')).toBeLessThanOrEqual(390)
    expect(await openAllDetails(page)).toBeGreaterThanOrEqual(4)
    await waitForSettled(page)
    expect(await scrollWidth(), (await overflowing(page)).join('\n')).toBeLessThanOrEqual(390)
    await expectHealthy(s)
  })

  // The README's picture comes from `npm run screenshot`; this only proves such a shot works.
  it('takes a full-page desktop screenshot, charts drawn', async () => {
    const s = await open('/?xp=12&annee=2026', {
      viewport: { width: 1280, height: 900 },
      context: { reducedMotion: 'reduce' },
    })
    const { page } = s
    await waitForStart(page)
    await waitForCharts(page)
    for (const id of CHART_IDS) {
      await expect
        .poll(() => chartSvg(page, id).locator('path').count(), { message: id })
        .toBeGreaterThan(1)
    }
    await waitForSettled(page)
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.evaluate(() => document.fonts.ready)
    const png = await page.screenshot({ fullPage: true })
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    expect(png.readUInt32BE(16)).toBe(1280)
    expect(png.readUInt32BE(20)).toBeGreaterThan(900)
    expect(png.length).toBeGreaterThan(50_000)
    await expectHealthy(s)
  })
})

describe('keyboard only', () => {
  type Stop = { index: number; name: string; tag: string; focusStyle: string; inView: boolean }

  it('Tab reaches every control once, in page order, each with a visible focus style', async () => {
    const s = await open('/?annee=2026')
    const { page } = s
    await waitForStart(page)
    await waitForCharts(page)
    await waitForSettled(page)
    await page.evaluate(() => {
      ;(document.activeElement as HTMLElement | null)?.blur()
      window.scrollTo(0, 0)
    })
    const listTabbables = () =>
      page.evaluate(() => {
        const selector =
          'a[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable="true"]'
        const radioReached = (el: HTMLInputElement) =>
          el.checked ||
          (!document.querySelector(`input[type="radio"][name="${el.name}"]:checked`) &&
            document.querySelector(`input[type="radio"][name="${el.name}"]`) === el)
        // Chromium lets the keyboard reach a scrolling box that holds nothing focusable.
        const isScroller = (el: Element) => {
          const cs = getComputedStyle(el)
          const scrolls = (o: string) => o === 'auto' || o === 'scroll'
          return (
            ((scrolls(cs.overflowX) && el.scrollWidth > el.clientWidth) ||
              (scrolls(cs.overflowY) && el.scrollHeight > el.clientHeight)) &&
            !el.querySelector(selector)
          )
        }
        const all = [...document.querySelectorAll<HTMLElement>('body *')].filter(
          (el) =>
            ((el.matches(selector) &&
              !(el as HTMLButtonElement).disabled &&
              el.tabIndex >= 0 &&
              !(el instanceof HTMLInputElement && el.type === 'radio' && !radioReached(el))) ||
              isScroller(el)) &&
            !el.closest('[inert]') &&
            el.checkVisibility({ visibilityProperty: true }),
        )
        ;(window as unknown as { __tabbables: HTMLElement[] }).__tabbables = all
        return all.map((el) =>
          (
            el.getAttribute('aria-label') ??
            (el as HTMLInputElement).labels?.[0]?.textContent ??
            el.textContent ??
            ''
          ).trim(),
        )
      })
    const expected = await listTabbables()
    const stops: Stop[] = []
    for (let i = 0; i < expected.length + 3; i++) {
      await page.keyboard.press('Tab')
      const stop = await page.evaluate((): Stop | null => {
        const el = document.activeElement as HTMLElement | null
        if (!el || el === document.body) return null
        const tabbables = (window as unknown as { __tabbables: HTMLElement[] }).__tabbables
        const cs = getComputedStyle(el)
        const outline =
          cs.outlineStyle !== 'none' && Number.parseFloat(cs.outlineWidth) > 0
            ? `outline ${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`
            : ''
        const shadow = cs.boxShadow !== 'none' ? `box-shadow ${cs.boxShadow}` : ''
        const r = el.getBoundingClientRect()
        return {
          index: tabbables.indexOf(el),
          name: (
            el.getAttribute('aria-label') ??
            (el as HTMLInputElement).labels?.[0]?.textContent ??
            el.textContent ??
            ''
          ).trim(),
          tag: el.tagName.toLowerCase(),
          focusStyle: el.matches(':focus-visible') ? outline || shadow : '',
          inView: r.bottom > 0 && r.top < window.innerHeight && r.width > 0,
        }
      })
      if (!stop) break
      if (stops.length > 0 && stop.index === stops[0]?.index) break
      stops.push(stop)
    }

    // Every control, once, in the order of the page (which did not change meanwhile).
    expect(await listTabbables()).toEqual(expected)
    expect(
      stops.map((t) => t.index),
      `reached: ${stops.map((t) => `${t.index}:${t.name}`).join(' → ')}\nexpected: ${expected.join(' → ')}`,
    ).toEqual(expected.map((_, i) => i))
    // The order a person expects: header, situation, calendar, charts, data source.
    const names = stops.map((t) => t.name)
    const milestones = [
      'Copier le lien',
      'Réinitialiser',
      LABEL.experience,
      LABEL.slider,
      LABEL.tjm,
      LABEL.days,
      LABEL.salary,
      LABEL.year,
      LABEL.alsace,
      'Voir les jours fériés',
      LABEL.paidLeave,
      LABEL.bench,
      LABEL.other,
      'Voir les données',
      'Charger un jeu de données',
      'Exporter le jeu de données',
    ]
    const positions = milestones.map((m) => names.indexOf(m))
    expect(
      positions.every((p) => p >= 0),
      `missing from ${names.join(' → ')}`,
    ).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    expect(names.filter((n) => n === 'Voir les données').length).toBeGreaterThanOrEqual(3)
    // Each stop shows where the focus is, on screen.
    for (const stop of stops) {
      expect(stop.focusStyle, `${stop.tag} « ${stop.name} » has no visible focus`).not.toBe('')
      expect(stop.inView, `${stop.tag} « ${stop.name} » focused off screen`).toBe(true)
    }
    await expectHealthy(s)
  })

  it('overrides and resets the TJM, opens the holidays and ticks Alsace with the keyboard', async () => {
    const s = await open('/?xp=0&annee=2026')
    const { page } = s
    await waitForStart(page)
    await field(page, LABEL.tjm).focus()
    await page.keyboard.press('ControlOrMeta+a')
    await page.keyboard.type('700')
    await expect.poll(() => shown(page, 'revenue')).toBe(eur(700 * 212))
    await page.keyboard.press('Tab')
    const focused = () =>
      page.evaluate(() => document.activeElement?.textContent?.trim() ?? '<nothing>')
    expect(await focused()).toBe('Revenir au TJM de la tranche')
    await page.keyboard.press('Enter')
    await expect.poll(() => fieldValue(page, LABEL.tjm)).toBe('492,5')
    expect(await shown(page, 'revenue')).toBe(eur(492.5 * 212))
    // The button is now disabled; Tab carries on from where it was, not from the top: the
    // glossary's TJM term, then the days.
    await page.keyboard.press('Tab')
    expect(await focused()).toBe('TJM')
    await page.keyboard.press('Tab')
    expect(
      await page.evaluate(
        () => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent,
      ),
    ).toBe(LABEL.days)

    await field(page, LABEL.year).focus()
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('checkbox')
    await page.keyboard.press('Space')
    await expect.poll(() => fieldValue(page, LABEL.days)).toBe('211')
    await page.keyboard.press('Tab')
    expect(await focused()).toBe('Voir les jours fériés')
    await page.keyboard.press('Enter')
    const holidays = page.getByRole('list', { name: 'Jours fériés 2026' })
    await expect.poll(() => holidays.isVisible()).toBe(true)
    expect(await holidays.getByRole('listitem').count()).toBe(13)
    await expectHealthy(s)
  })
})
