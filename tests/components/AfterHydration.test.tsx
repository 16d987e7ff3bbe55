import { act, render, screen, waitFor } from '@testing-library/react'
import { type ReactNode, useEffect } from 'react'
import { describe, expect, it } from 'vitest'
import { AfterHydration, lazyPart, PART_WAIT_MS } from '../../src/components/AfterHydration'
import { revealPending } from './reveal'

/** The parts on screen, by name, in document order. */
const shown = () =>
  [...document.querySelectorAll<HTMLElement>('[data-part]')].map((e) => e.dataset.part)

function Parts({ names, seen }: { names: string[]; seen: (string | undefined)[][] }) {
  return (
    <>
      {names.map((name) => (
        <AfterHydration key={name} fallback={<p>{`attente ${name}`}</p>}>
          <Part name={name} seen={seen} />
        </AfterHydration>
      ))}
    </>
  )
}

function Part({ name, seen }: { name: string; seen: (string | undefined)[][] }) {
  // What is on screen when this part has just been committed.
  useEffect(() => {
    seen.push(shown())
  }, [seen])
  return <p data-part={name}>{name}</p>
}

describe('AfterHydration', () => {
  it('shows the fallbacks first, then the parts one at a time, in the order they mounted', async () => {
    const seen: (string | undefined)[][] = []
    render(<Parts names={['a', 'b', 'c']} seen={seen} />)
    expect(shown()).toEqual([])
    expect(screen.getByText('attente a')).toBeInTheDocument()
    // The page says parts are coming (`<html data-parts-pending>`) until the last is shown.
    expect(revealPending()).toBe(true)
    await waitFor(() => expect(revealPending()).toBe(false))
    // Each part was committed alone: the next one still showed its fallback.
    expect(seen).toEqual([['a'], ['a', 'b'], ['a', 'b', 'c']])
  })

  it('asks for every part’s code at once, and still reveals the parts one at a time, each once its code is in', async () => {
    const seen: (string | undefined)[][] = []
    // Three parts loaded lazily, whose code arrives when the test says.
    const arrivals: (() => void)[] = []
    const Lazy = ['a', 'b', 'c'].map((name) => ({
      name,
      Code: lazyPart(
        () =>
          new Promise<{ default: () => ReactNode }>((resolve) => {
            arrivals.push(() => resolve({ default: () => <Part name={name} seen={seen} /> }))
          }),
      ),
    }))
    render(
      <div>
        {Lazy.map(({ name, Code }, i) => (
          <AfterHydration key={name} fallback={<p>{`attente ${i}`}</p>}>
            <Code />
          </AfterHydration>
        ))}
      </div>,
    )
    // Every part's code is asked for as the parts mount: their downloads do not wait in turn.
    await waitFor(() => expect(arrivals).toHaveLength(3))
    expect(revealPending()).toBe(true)
    // The last part's code first: nothing shows, the first part's turn has not ended.
    await act(async () => arrivals[2]?.())
    expect(shown()).toEqual([])
    expect(screen.getByText('attente 2')).toBeInTheDocument()
    // Then the other two at once: still one part per commit, in their order.
    await act(async () => {
      arrivals[0]?.()
      arrivals[1]?.()
    })
    await waitFor(() => expect(revealPending()).toBe(false))
    expect(seen).toEqual([['a'], ['a', 'b'], ['a', 'b', 'c']])
    expect(screen.queryByText(/attente/)).toBeNull()
  })

  it('lets the next part come once a part’s code has kept it waiting PART_WAIT_MS', async () => {
    const seen: (string | undefined)[][] = []
    const Stalled = lazyPart(() => new Promise<{ default: () => ReactNode }>(() => {}))
    const Next = lazyPart(async () => ({ default: () => <Part name="b" seen={seen} /> }))
    const started = Date.now()
    render(
      <div>
        <AfterHydration fallback={<p>attente a</p>}>
          <Stalled />
        </AfterHydration>
        <AfterHydration fallback={<p>attente b</p>}>
          <Next />
        </AfterHydration>
      </div>,
    )
    await waitFor(() => expect(shown()).toEqual(['b']), { timeout: PART_WAIT_MS + 2000 })
    expect(Date.now() - started).toBeGreaterThanOrEqual(PART_WAIT_MS - 50)
    // The stalled part keeps its fallback.
    expect(screen.getByText('attente a')).toBeInTheDocument()
  })

  it('does not let a part that left the page hold the others back', async () => {
    const seen: (string | undefined)[][] = []
    const { rerender } = render(<Parts names={['a', 'b', 'c']} seen={seen} />)
    rerender(<Parts names={['a', 'c']} seen={seen} />)
    await waitFor(() => expect(revealPending()).toBe(false))
    expect(shown()).toEqual(['a', 'c'])
  })
})
