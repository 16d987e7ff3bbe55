// @vitest-environment node
import Engine from 'publicodes'
import { describe, expect, it } from 'vitest'
import type { RuleName } from '../../src/social/rules'
import { type Counter, createSession, Interrupted } from '../../src/social/session'

// A model of three rules, enough to see what a session sets and reads.
const model = {
  prix: { valeur: '10 €/an' },
  quantité: { valeur: 2 },
  total: { valeur: 'prix * quantité' },
}
const base = () => new Engine(model) as unknown as Engine<RuleName>
const PRIX = 'prix' as RuleName
const TOTAL = 'total' as RuleName

describe('a session', () => {
  it('sets nothing for the values it stands at, and reads the same figures', () => {
    const counter: Counter = { situations: 0 }
    const session = createSession(base(), counter)
    expect(session.evaluate({ [PRIX]: '30 €/an' }).eur(TOTAL)).toBe(60)
    // Equal values in another object: a solver's answer read again.
    expect(session.evaluate({ [PRIX]: '30 €/an' }).eur(TOTAL)).toBe(60)
    expect(counter.situations).toBe(1)
    expect(session.evaluate({ [PRIX]: '40 €/an' }).eur(TOTAL)).toBe(80)
    expect(counter.situations).toBe(2)
  })

  it('stops before setting a situation when the counter says so, and reads on at the last one', () => {
    const counter: Counter = { situations: 0 }
    const session = createSession(base(), counter)
    const first = session.evaluate({ [PRIX]: '30 €/an' })
    counter.interrupt = () => true
    expect(() => session.evaluate({ [PRIX]: '40 €/an' })).toThrow(Interrupted)
    expect(counter.situations).toBe(1)
    // The values it stands at need no situation set: they are read even when stopping.
    expect(session.evaluate({ [PRIX]: '30 €/an' }).eur(TOTAL)).toBe(60)
    expect(first.eur(TOTAL)).toBe(60)
    counter.interrupt = undefined
    expect(session.evaluate({ [PRIX]: '40 €/an' }).eur(TOTAL)).toBe(80)
    // A reader of an earlier situation sets it again to read (and would stop then).
    counter.interrupt = () => true
    expect(() => first.eur(TOTAL)).toThrow(Interrupted)
    counter.interrupt = undefined
    expect(first.eur(TOTAL)).toBe(60)
    expect(counter.situations).toBe(3)
  })
})
