import { describe, expect, it } from 'vitest'
import {
  expectHealthy,
  field,
  fieldValue,
  fieldValues,
  LABEL,
  shown,
  waitForSettled,
  waitForStart,
} from './app'
import { ORIGIN, openSession, sharedBrowser, visibleText } from './browser'

const browser = sharedBrowser()

describe('a shared link', () => {
  it('shows the sharer’s figures to someone who saved others, with a way back to them', async () => {
    const s = await openSession(browser(), '/?xp=3&tjm=900&conges=30&frais=20000&annee=2026')
    const { page } = s
    await waitForStart(page)
    expect(await shown(page, 'revenue')).toBe('186 300 €')

    await page.goto(`${ORIGIN}/?xp=12&brut=97193&annee=2026`)
    await expect.poll(() => shown(page, 'revenue')).toBe('141 510 €')
    expect(await fieldValue(page, LABEL.paidLeave)).toBe('25')
    const back = page.getByRole('button', { name: 'Revenir à mes valeurs enregistrées' })
    await back.click()
    await expect.poll(() => shown(page, 'revenue')).toBe('186 300 €')
    expect(await fieldValue(page, LABEL.paidLeave)).toBe('30')
    expect(await back.count()).toBe(0)
    await expectHealthy(s)
  })
})

describe('Réinitialiser', () => {
  it('leaves the page as a fresh visit leaves it', async () => {
    const fresh = await openSession(browser(), '/?annee=2026')
    await waitForStart(fresh.page)
    await waitForSettled(fresh.page)
    const expected = { text: await visibleText(fresh.page), fields: await fieldValues(fresh.page) }

    const s = await openSession(browser(), '/?annee=2026&xp=abc&tjm=900')
    const { page } = s
    await waitForStart(page)
    await field(page, LABEL.bench).fill('10x')
    await field(page, LABEL.experience).fill('douze')
    await page.getByRole('button', { name: 'Réinitialiser' }).click()
    await waitForSettled(page)
    expect({ text: await visibleText(page), fields: await fieldValues(page) }).toEqual(expected)
    expect(new URL(page.url()).search).toBe(new URL(fresh.page.url()).search)
  })
})
