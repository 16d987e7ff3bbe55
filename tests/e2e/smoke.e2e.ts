import { describe, expect, it } from 'vitest'
import { openPage, sharedBrowser, textOf, visibleText } from './browser'

const browser = sharedBrowser()

describe('the built app in Chromium', () => {
  it('shows the TJM band for the experience typed', async () => {
    const { page, problems } = await openPage(browser())
    const field = page.getByLabel("Années d'expérience", { exact: true })
    await field.fill('12')
    await expect.poll(() => textOf(page, 'band-range')).toBe('650 € – 685 €')
    await field.fill('16')
    await expect.poll(() => textOf(page, 'band-range')).toBe('400 € – 775 €')
    await expect.poll(() => visibleText(page)).toContain('1 001 € – 1 075 €')
    expect(await visibleText(page)).not.toMatch(/NaN|Infinity|undefined/)
    expect(problems).toEqual([])
  })
})
