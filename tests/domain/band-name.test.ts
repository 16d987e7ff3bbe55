import { describe, expect, it } from 'vitest'
import { ctoFrance } from '../../src/domain'
import { englishBandName } from '../../src/i18n/band-name'

describe('englishBandName', () => {
  it('names the source’s bands from their completed years', () => {
    expect(ctoFrance.tjm.bands.map(englishBandName)).toEqual([
      'Under 1 year',
      '1–2 years',
      '3–4 years',
      '5–10 years',
      '11–15 years',
      'Over 15 years',
    ])
  })

  it('names a one-year band, an open band from zero and a band from zero beyond a year', () => {
    expect(englishBandName({ label: '', fromYears: 1, toYears: 2 })).toBe('1 year')
    expect(englishBandName({ label: '', fromYears: 0, toYears: null })).toBe('Any experience')
    expect(englishBandName({ label: '', fromYears: 0, toYears: 3 })).toBe('Under 3 years')
  })
})
