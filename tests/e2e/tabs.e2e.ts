import { describe, expect, it } from 'vitest'
import { field, fieldValue, LABEL, shown, waitForStart } from './app'
import { ORIGIN, openSession, sharedBrowser } from './browser'

const browser = sharedBrowser()

describe('two tabs of the same browser', () => {
  it('stay consistent: a tab shows what another saved, and keeps it on reload', async () => {
    const a = await openSession(browser(), '/?annee=2026')
    await waitForStart(a.page)
    const b = await a.context.newPage()
    await b.goto(`${ORIGIN}/?annee=2026`)
    await waitForStart(b)

    await field(a.page, LABEL.experience).fill('3')
    await expect.poll(() => shown(b, 'band-range')).toBe('525 € – 545 €')
    await field(b, LABEL.tjm).fill('900')
    await expect.poll(() => fieldValue(a.page, LABEL.tjm)).toBe('900')
    await expect.poll(() => new URL(a.page.url()).searchParams.get('tjm')).toBe('900')

    // The address is already in the app's form, so waitForStart cannot tell when the reloaded
    // page has started: poll the fields instead.
    await a.page.reload()
    await expect.poll(() => fieldValue(a.page, LABEL.tjm)).toBe('900')
    expect(await fieldValue(a.page, LABEL.experience)).toBe('3')
    expect(await shown(a.page, 'revenue')).toBe(await shown(b, 'revenue'))
    expect(a.problems).toEqual([])
  })
})
