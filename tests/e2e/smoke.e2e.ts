import { describe, expect, it } from 'vitest'
import { frHead } from '../../src/i18n/fr-head'
import { CalculatorPage, expectHealthy, LABEL } from './app'
import { sharedBrowser, visibleText } from './browser'

const browser = sharedBrowser()

describe('the built app in Chromium', () => {
  it('shows the TJM band for the experience typed', async () => {
    const calculator = await CalculatorPage.open(browser())
    await calculator.fill(LABEL.experience, '12')
    await expect.poll(() => calculator.shown('band-range')).toBe('650 € – 685 €')
    await calculator.fill(LABEL.experience, '16')
    await expect.poll(() => calculator.shown('band-range')).toBe('400 € – 775 €')
    await expect.poll(() => visibleText(calculator.page)).toContain('1 001 € – 1 075 €')
    await expectHealthy(calculator)
  })

  it('takes the title and description from the text catalogue', async () => {
    const calculator = await CalculatorPage.open(browser())
    const { page } = calculator
    expect(await page.title()).toBe(frHead.title)
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(
      frHead.description,
    )
    await expectHealthy(calculator)
  })
})
