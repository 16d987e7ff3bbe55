import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  CalculatorPage,
  expectHealthy,
  field,
  fieldValue,
  LABEL,
  openAllDetails,
  STORAGE_KEY,
  shown,
  textSeen,
  UNREADABLE_NOTICE,
  waitForCharts,
  waitForStart,
} from './app'
import { ORIGIN, type SessionOptions, sharedBrowser } from './browser'

const browser = sharedBrowser()

const open = (path: string, options: SessionOptions = {}) =>
  CalculatorPage.open(browser(), path, options)

/**
 * What the page opens with when nothing is saved or linked: 12 years (a CTO's experience), the
 * midpoint of the 11-15 years band, the Glassdoor mean salary.
 */
const DEFAULTS = {
  [LABEL.experience]: '12',
  [LABEL.tjm]: '667,5',
  [LABEL.salary]: '97193',
  [LABEL.paidLeave]: '25',
  [LABEL.bench]: '10',
  [LABEL.other]: '5',
} as const

/** The notice, or null when there is none. */
async function notice(page: Page): Promise<string | null> {
  const box = page.locator('.page-header [role="status"]', { hasText: UNREADABLE_NOTICE })
  return (await box.count()) === 0 ? null : textSeen(box)
}

/** The "Jours facturables : N" total of the calendar, as a number. */
async function calendarDays(page: Page): Promise<string> {
  return (await textSeen(page.locator('.days-total'))).replace(/^Jours facturables : /, '')
}

type HostileCase = {
  name: string
  /** Path and query (and fragment) as typed in the address bar. */
  path: string
  /** Query names the notice should list, or [] for no notice. */
  unreadable: string[]
  /** Fields expected after start-up; the others must show their defaults. */
  fields?: Partial<Record<string, string>>
  /** Text that must not survive anywhere in the address once the app has started. */
  gone?: string
}

const junk10k = '9'.repeat(10_000)

const CASES: HostileCase[] = [
  {
    name: 'markup in a number',
    path: `/?xp=${encodeURIComponent('<script>alert(1)</script>')}`,
    unreadable: ['xp'],
    gone: '<script>',
  },
  {
    name: 'markup, unencoded',
    path: '/?xp=<script>alert(1)</script>&brut=<img src=x onerror=alert(1)>',
    unreadable: ['xp', 'brut'],
    gone: 'alert',
  },
  { name: '1e309 (Infinity once parsed)', path: '/?tjm=1e309', unreadable: ['tjm'], gone: 'e309' },
  { name: '-Infinity', path: '/?brut=-Infinity', unreadable: ['brut'], gone: 'Infinity' },
  { name: 'NaN', path: '/?jours=NaN', unreadable: ['jours'], gone: 'NaN' },
  {
    name: 'hexadecimal 0x1F, exponent 1e1',
    path: '/?xp=0x1F&intercontrat=1e1',
    unreadable: ['xp', 'intercontrat'],
    gone: '0x1F',
  },
  { name: 'year out of range', path: '/?annee=99999', unreadable: ['annee'], gone: '99999' },
  {
    name: 'a repeated parameter with different values',
    path: '/?xp=3&xp=12',
    unreadable: ['xp'],
  },
  {
    name: 'a repeated parameter with the same value (readable)',
    path: '/?xp=12&xp=12',
    unreadable: [],
    fields: { [LABEL.experience]: '12', [LABEL.tjm]: '667,5' },
  },
  {
    name: 'a 10 000-character value',
    path: `/?xp=${junk10k}&tjm=${junk10k.slice(0, 33)}`,
    unreadable: ['xp', 'tjm'],
    gone: '9999999999',
  },
  { name: '__proto__=1', path: '/?__proto__=1', unreadable: [], gone: '__proto__' },
  {
    name: 'constructor[prototype][x]=1',
    path: `/?${encodeURIComponent('constructor[prototype][x]')}=1&constructor[prototype][y]=1&__proto__[z]=1`,
    unreadable: [],
    gone: 'prototype',
  },
  {
    name: 'U+200B (zero-width space) inside a number',
    path: `/?xp=${encodeURIComponent('1\u200b2')}`,
    unreadable: ['xp'],
  },
  {
    name: 'U+202E (right-to-left override) before a number',
    path: `/?brut=${encodeURIComponent('\u202e97193')}&conges=${encodeURIComponent('2\u202e5')}`,
    unreadable: ['brut', 'conges'],
  },
  {
    name: 'a fragment with markup',
    path: '/#<img src=x onerror=alert(1)>',
    unreadable: [],
  },
  {
    // A real day, but before the model's year: out of range, which the notice says too.
    name: 'a creation date in 1800',
    path: '/?acre=1&creation=1800-01-01',
    unreadable: ['creation'],
  },
  {
    name: 'junk in some fields, valid values in others',
    path: '/?xp=12&tjm=1e309&jours=NaN&brut=abc&intercontrat=3',
    unreadable: ['tjm', 'jours', 'brut'],
    fields: { [LABEL.experience]: '12', [LABEL.tjm]: '667,5', [LABEL.bench]: '3' },
  },
]

describe('hostile links', () => {
  it.each(CASES)('$name', async (c) => {
    // vite preview answers 431 beyond about 16 KB of URL: stay well under it.
    expect(`${ORIGIN}${c.path}`.length).toBeLessThan(15_000)
    const s = await open(c.path)
    const { page } = s
    await waitForStart(page)

    // The page rendered, with its headline figures.
    expect(await textSeen(page.getByRole('heading', { level: 1 }))).toContain('Calculateur')
    expect(await shown(page, 'band-range')).toMatch(/^\d[\d ]* € – \d[\d ]* €$/)
    expect(await shown(page, 'revenue')).toMatch(/^\d[\d ]* €$/)

    // A discreet notice names the unreadable fields, and only them.
    const text = await notice(page)
    if (c.unreadable.length === 0) expect(text).toBe(null)
    else
      expect(text).toBe(
        `${UNREADABLE_NOTICE} (${c.unreadable.join(', ')}) : les valeurs par défaut les remplacent.`,
      )

    // Defaults for every field the link did not set right.
    const expected = { ...DEFAULTS, ...c.fields }
    for (const [label, value] of Object.entries(expected)) {
      expect(await fieldValue(page, label), label).toBe(value)
    }
    // Days follow the calendar when `jours` was unreadable or absent.
    expect(await fieldValue(page, LABEL.days)).toBe(await calendarDays(page))

    // Nothing injected, nothing polluted, the address cleaned of the junk.
    const dom = await page.evaluate(() => ({
      // The prerendered figures travel as a JSON data block, which never runs.
      inlineScripts: document.querySelectorAll('script:not([src]):not([type="application/json"])')
        .length,
      images: document.querySelectorAll('img').length,
      handlers: [...document.querySelectorAll('*')].filter((el) =>
        [...el.attributes].some((a) => a.name.startsWith('on')),
      ).length,
      polluted: Object.keys(Object.prototype).concat(
        ['x', 'y', 'z', '1'].filter((k) => k in ({} as Record<string, unknown>)),
      ),
    }))
    expect(dom).toEqual({ inlineScripts: 0, images: 0, handlers: 0, polluted: [] })
    if (c.gone) expect(decodeURIComponent(new URL(page.url()).search)).not.toContain(c.gone)
    expect(s.requests.filter((u) => /\/x$/.test(new URL(u).pathname))).toEqual([])

    // Still a working calculator.
    await field(page, LABEL.experience).fill('12')
    await expect.poll(() => shown(page, 'band-range')).toBe('650 € – 685 €')
    expect(s.dialogs).toEqual([])
    await expectHealthy(s)
  })
})

/** Saved-state text written into localStorage before the app's scripts run. */
const seed = (text: string): SessionOptions => ({
  initScript: {
    script: ([key, value]: [string, string]) => {
      // Only on the first load: what the app saves afterwards is what the next visit reads.
      if (sessionStorage.getItem('e2e-seeded')) return
      sessionStorage.setItem('e2e-seeded', '1')
      localStorage.setItem(key, value)
    },
    arg: [STORAGE_KEY, text],
  },
})

const saved = (inputs: unknown, version = 1) => JSON.stringify({ state: { inputs }, version })

/** About 2 MB of valid JSON in the saved shape, every field of the wrong type, plus junk keys. */
const hugeJunk = JSON.stringify({
  state: {
    inputs: {
      experienceYears: '9'.repeat(500_000),
      tjmEurPerDay: { $gt: '' },
      salaryGrossEurPerYear: [1, 2, 3],
      benchDays: -1,
      ...Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`junk${i}`, '<b>x</b>'])),
    },
    dataset: { nope: 'x'.repeat(500_000) },
  },
  version: 1,
})

describe('saved state in localStorage', () => {
  const storageCases: { name: string; text: string; fields: Partial<Record<string, string>> }[] = [
    { name: 'corrupt JSON', text: '{"state":{"inputs":{"experienceYears":1', fields: {} },
    {
      name: 'a state saved by a future version',
      text: saved({ experienceYears: 20 }, 99),
      fields: {},
    },
    { name: 'a huge valid-but-junk value (≈ 2 MB)', text: hugeJunk, fields: {} },
    {
      name: 'a current state with junk beside valid fields (the valid ones restored)',
      text: saved({ experienceYears: 'douze', benchDays: 3, tjmEurPerDay: -5, extra: '<b>' }),
      fields: { [LABEL.bench]: '3' },
    },
    {
      name: 'a valid current state (control: restored)',
      text: saved({ experienceYears: 20, salaryGrossEurPerYear: 80_000 }),
      fields: { [LABEL.experience]: '20', [LABEL.tjm]: '587,5', [LABEL.salary]: '80000' },
    },
  ]

  it.each(storageCases)('$name', async (c) => {
    const s = await open('/', seed(c.text))
    const { page } = s
    await waitForStart(page)
    for (const [label, value] of Object.entries({ ...DEFAULTS, ...c.fields })) {
      expect(await fieldValue(page, label), label).toBe(value)
    }
    expect(await notice(page)).toBe(null)

    // The page works and saves over what it could not read (a value other than the default,
    // so that typing it changes the inputs).
    await field(page, LABEL.experience).fill('16')
    await expect.poll(() => shown(page, 'band-range')).toBe('400 € – 775 €')
    const stored = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)
    const parsed = JSON.parse(stored ?? 'null')
    expect(parsed.version).toBe(1)
    expect(parsed.state.inputs.experienceYears).toBe(16)

    // Opening the page again without a query reads back what was saved.
    await page.goto(`${ORIGIN}/`)
    await waitForStart(page)
    expect(await fieldValue(page, LABEL.experience)).toBe('16')
    await expectHealthy(s)
  })

  it('keeps working when localStorage.setItem throws QuotaExceededError', async () => {
    const s = await open('/?annee=2026', {
      initScript: {
        script: () => {
          Storage.prototype.setItem = () => {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
          }
        },
      },
    })
    const { page } = s
    await waitForStart(page)
    await field(page, LABEL.experience).fill('12')
    await expect.poll(() => shown(page, 'band-range')).toBe('650 € – 685 €')
    await field(page, LABEL.tjm).fill('700')
    await expect.poll(() => shown(page, 'revenue')).toBe('148 400 €')
    await field(page, LABEL.bench).fill('0')
    await expect.poll(() => shown(page, 'revenue')).toBe('155 400 €')
    // The link still carries the state, since storage cannot.
    await expect.poll(() => new URL(page.url()).searchParams.get('tjm')).toBe('700')
    expect(await page.evaluate(() => localStorage.length)).toBe(0)
    await expectHealthy(s)
  })

  it('keeps working when reading window.localStorage itself throws (storage disabled)', async () => {
    const s = await open('/?annee=2026', {
      initScript: {
        script: () => {
          Object.defineProperty(window, 'localStorage', {
            get() {
              throw new DOMException('The operation is insecure.', 'SecurityError')
            },
          })
        },
      },
    })
    const { page } = s
    await waitForStart(page)
    await field(page, LABEL.experience).fill('16')
    await expect.poll(() => shown(page, 'band-range')).toBe('400 € – 775 €')
    await field(page, LABEL.tjm).fill('800')
    await expect.poll(() => shown(page, 'revenue')).toBe('169 600 €')
    await expectHealthy(s)
  })
})

describe('network', () => {
  it('every request of a full session stays on the page origin', async () => {
    const s = await open('/?annee=2026', {
      context: { permissions: ['clipboard-read', 'clipboard-write'] },
    })
    const { page } = s
    await waitForStart(page)
    const values: Record<string, string> = {
      [LABEL.experience]: '16',
      [LABEL.tjm]: '720',
      [LABEL.days]: '200',
      [LABEL.salary]: '110000',
      [LABEL.year]: '2027',
      [LABEL.paidLeave]: '28',
      [LABEL.bench]: '15',
      [LABEL.other]: '6',
    }
    // Every text field, including any added since: the known ones get their value, others 1.
    const labels = await page
      .locator('input[type="text"]')
      .evaluateAll((inputs) =>
        inputs.map((i) => (i as HTMLInputElement).labels?.[0]?.textContent ?? ''),
      )
    expect(labels.length).toBeGreaterThanOrEqual(Object.keys(values).length)
    for (const label of labels) await field(page, label).fill(values[label] ?? '1')
    await field(page, LABEL.alsace).check()
    await field(page, LABEL.slider).focus()
    await page.keyboard.press('ArrowLeft')
    await openAllDetails(page)
    await waitForCharts(page)
    await page.getByRole('button', { name: 'Copier le lien' }).click()
    await page.getByRole('button', { name: 'Revenir au TJM de la tranche' }).click()
    await page.getByRole('button', { name: 'Réinitialiser' }).click()
    await expect.poll(() => fieldValue(page, LABEL.experience)).toBe(DEFAULTS[LABEL.experience])
    await page.reload()
    await waitForStart(page)
    await waitForCharts(page)

    expect(s.requests.length).toBeGreaterThan(3)
    expect(s.requests.some((u) => /\.js$/.test(u))).toBe(true)
    const foreign = s.requests.filter((u) => new URL(u).origin !== ORIGIN)
    expect(foreign).toEqual([])
    await expectHealthy(s)
  })
})

describe('datasets beyond the calculator’s limits (they used to blank the page on every visit)', () => {
  const shipped = JSON.parse(readFileSync('data/cto-france.json', 'utf8'))
  const beyond = () => {
    const d = structuredClone(shipped)
    d.tjm.bands[0].rate = { min: 200000, max: 300000 }
    return d
  }

  it('refuses the upload in French, naming the path, and keeps the page', async () => {
    const s = await open('/?xp=1&annee=2026')
    const { page } = s
    await waitForStart(page)
    await page.getByLabel('Charger un jeu de données').setInputFiles({
      name: 'trop.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(beyond())),
    })
    await expect
      .poll(() => textSeen(page.locator('.page-footer [role="status"]')))
      .toContain(
        'tjm.bands[0].rate.min : ne doit pas dépasser 100 000 € par jour (limite du calculateur)',
      )
    expect(await shown(page, 'band-range')).toBe('425 € – 445 €')
    await page.reload()
    await expect.poll(() => shown(page, 'band-range')).toBe('425 € – 445 €')
    await expectHealthy(s)
  })

  it('names a saved one instead of drawing it, visit after visit', async () => {
    const s = await open(
      '/',
      seed(JSON.stringify({ state: { inputs: {}, dataset: beyond() }, version: 1 })),
    )
    const { page } = s
    await waitForStart(page)
    expect(await shown(page, 'band-range')).toBe('650 € – 685 €')
    await expect
      .poll(() => textSeen(page.locator('.page-header')))
      .toContain(
        'Certaines valeurs enregistrées étaient illisibles ou hors des limites acceptées (jeu de données chargé)',
      )
    await page.goto(`${ORIGIN}/?xp=2`)
    await waitForStart(page)
    expect(await shown(page, 'band-range')).toBe('425 € – 445 €')
    await expectHealthy(s)
  })
})
