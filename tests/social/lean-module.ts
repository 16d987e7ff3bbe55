import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { leanPublicodes } from '../../src/social/lean-publicodes'

/**
 * publicodes as the build gives it to the worker (vite.config.ts, leanPublicodesPlugin): its
 * published code with LEAN_EDITS applied, loaded from a file of its own.
 */
export async function leanPublicodesModule(): Promise<typeof import('publicodes')> {
  const published = new URL('../../node_modules/publicodes/dist/index.js', import.meta.url)
  const folder = mkdtempSync(join(tmpdir(), 'lean-publicodes-'))
  const file = join(folder, 'index.mjs')
  // Without its source map comment: the map is not beside this copy.
  const code = leanPublicodes(readFileSync(published, 'utf8')).replace(
    /^\/\/# sourceMappingURL=.*$/m,
    '',
  )
  writeFileSync(file, code)
  try {
    return await import(/* @vite-ignore */ pathToFileURL(file).href)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

/** How many rules a publicodes engine parsed (its own and the private ones it adds). */
export function parsedRuleCount(engine: unknown): number {
  return Object.keys((engine as { baseContext: { parsedRules: object } }).baseContext.parsedRules)
    .length
}
