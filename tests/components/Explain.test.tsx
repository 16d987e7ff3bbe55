import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { App } from '../../src/App'
import {
  bandFormula,
  billableDaysFormula,
  grossComparisonFormula,
  revenueFormula,
  statusFormula,
  statusLines,
} from '../../src/components/explain/formulas'
import {
  billableDays,
  compareGross,
  formatEur,
  formatEurCents,
  formatNumber,
  formatPercent,
  tjmBandFor,
} from '../../src/domain'
import { enFormulas } from '../../src/i18n/en-formulas'
import { frFormulas } from '../../src/i18n/fr-formulas'
import { restoreInputs } from '../../src/store/startup'
import { eur, eurCents, percent, plain } from '../text'

const t = { ...frFormulas, formatEur, formatEurCents, formatNumber, formatPercent }
const lines = (l: string[]) => l.map(plain)

describe('the page’s own arithmetic, written out with the person’s values', () => {
  it.each([
    [492.5, 212],
    [650, 205],
    [1075.25, 100],
  ])('revenue at %s €/day × %s days', (tjm, days) => {
    const gross = compareGross(tjm, days, 97193)
    expect(lines(revenueFormula(t, tjm, days, gross))[0]).toBe(
      `${eurCents(tjm)} × ${days} jours = ${eur(tjm * days)}`,
    )
  })

  it('the default scenario: 492,5 € × 212 jours = 104 410 €', () => {
    const gross = compareGross(492.5, 212, 97193)
    expect(lines(revenueFormula(t, 492.5, 212, gross))).toEqual([
      '492,5 € × 212 jours = 104 410 €',
      '104 410 € ÷ 12 = 8 701 € par mois',
    ])
  })

  it('the gross comparison: difference, ratio, break-even TJM, days needed', () => {
    const gross = compareGross(492.5, 212, 97193)
    expect(lines(grossComparisonFormula(t, 492.5, 212, gross))).toEqual([
      `104 410 € − 97 193 € = ${eur(104410 - 97193)}`,
      `${eur(7217)} ÷ 97 193 € = ${percent(7217 / 97193)}`,
      `97 193 € ÷ 212 jours = ${eurCents(97193 / 212)} par jour`,
      `97 193 € ÷ 492,5 € = ${String(Math.round((97193 / 492.5) * 10) / 10).replace('.', ',')} jours`,
    ])
  })

  it('the billable days of 2026: 261 − 9 − 25 − 10 − 5 = 212', () => {
    expect(lines(billableDaysFormula(t, billableDays({ year: 2026 })))).toEqual([
      '261 jours ouvrés − 9 fériés en semaine − 25 congés − 10 intercontrat − 5 autres = 212 jours',
    ])
  })

  it('the band and its midpoint', () => {
    expect(lines(bandFormula(t, 12, tjmBandFor(12), '11-15 ans'))[1]).toBe(
      'Milieu de tranche : (650 € + 685 €) ÷ 2 = 667,5 €',
    )
  })

  it('writes the portage fee’s rate as each language does (7 % in French, 7% in English)', () => {
    const figures = {
      cdi: { netAfterTaxEurPerYear: 62_113 },
      portage: {
        netAfterTaxEurPerYear: 44_795,
        grossOrTurnoverEurPerYear: 104_410,
        managementFeeEurPerYear: 7_308.7,
      },
    } as never
    const inputs = { tjmEurPerDay: 492.5, billableDays: 212, portageFeeRate: 0.07 } as never
    const fee = (text: typeof t) =>
      statusLines(text, 'portage', figures, null, inputs).find((l) => l.includes('104'))
    expect(fee(t)).toContain('7\u202f%')
    const english = fee({ ...t, ...enFormulas })
    expect(english).toContain(' 7% ')
    expect(english).not.toMatch(/7[\s\u202f]%/)
  })

  it('a status: per month, against the CDI, the break-even TJM rounded up', () => {
    expect(
      lines(
        statusFormula(t, {
          netAfterTaxEurPerYear: 61300,
          cdiNetAfterTaxEurPerYear: 62113,
          breakEvenTurnoverEurPerYear: 106000,
          billableDays: 212,
        }),
      ),
    ).toEqual([
      'Net après impôt : 61 300 € ÷ 12 = 5 108 € par mois',
      'Écart avec le CDI : 61 300 € − 62 113 € = -813 €',
      'TJM pour égaler le CDI : 106 000 € de chiffre d’affaires ÷ 212 jours = 500 €',
    ])
  })
})

describe('the "Comment est-ce calculé ?" control', () => {
  it('is a disclosure: closed, then open on Enter with the formula in its region', async () => {
    restoreInputs('?xp=0&tjm=492.5&jours=212&brut=97193&annee=2026')
    const user = userEvent.setup()
    render(<App />)
    const button = screen.getByRole('button', {
      name: "Comment est-ce calculé : Chiffre d'affaires annuel",
    })
    expect(button).toHaveAttribute('aria-expanded', 'false')
    const region = document.getElementById(button.getAttribute('aria-controls') ?? '')
    expect(region).not.toBeVisible()
    button.focus()
    await user.keyboard('{Enter}')
    expect(button).toHaveAttribute('aria-expanded', 'true')
    const panel = await screen.findByRole('region', {
      name: "Comment est-ce calculé : Chiffre d'affaires annuel",
    })
    expect(plain((await within(panel).findAllByRole('listitem'))[0]?.textContent ?? '')).toBe(
      '492,5 € × 212 jours = 104 410 €',
    )
    await user.keyboard('{Enter}')
    expect(button).toHaveAttribute('aria-expanded', 'false')
  })
})
