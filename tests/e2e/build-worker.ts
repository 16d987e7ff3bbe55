import { readdirSync, readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { calculate, type Inputs } from '../../src/domain'
import { socialRequestFor } from '../../src/social/contract'
import { STATUSES } from '../../src/social/model'
import { eur } from '../text'

const dist = process.env.E2E_DIST ?? 'dist'
const workerFile = readdirSync(`${dist}/assets`).find((f) => /^worker-.*\.js$/.test(f))

/** The code of the build's social worker, as served. */
export const workerSource = (): string => readFileSync(`${dist}/assets/${workerFile}`, 'utf8')

/**
 * Every status's net after tax, as the page writes it, from one worker of the build asked
 * directly (in `page`, a page of the built app) for these inputs' figures.
 */
export async function buildWorkerNets(page: Page, inputs: Inputs): Promise<Record<string, string>> {
  const results = calculate(inputs)
  const plan = socialRequestFor(inputs, results.tjmEurPerDay, results.days)
  if (plan.kind !== 'ready') throw new Error(`no social request for these inputs: ${plan.kind}`)
  const answer = await page.evaluate(
    ([file, inputs]) =>
      new Promise<{
        ok: boolean
        result: { results: Record<string, { netAfterTaxEurPerYear: number }> }
      }>((resolve) => {
        const worker = new Worker(`/assets/${file}`, { type: 'module' })
        worker.addEventListener('message', (e) => resolve(e.data))
        worker.postMessage({ id: 1, kind: 'compute', inputs })
      }),
    [workerFile, plan.inputs] as const,
  )
  if (!answer.ok) throw new Error(`the build's worker refused: ${JSON.stringify(answer)}`)
  return Object.fromEntries(
    STATUSES.map((s) => [s, eur(answer.result.results[s]?.netAfterTaxEurPerYear ?? Number.NaN)]),
  )
}
