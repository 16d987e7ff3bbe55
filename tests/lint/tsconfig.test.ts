import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

/** The files one TypeScript project checks, library files included, as paths from the repo. */
function filesOf(project: string): string[] {
  const run = spawnSync('node_modules/.bin/tsc', ['-p', project, '--listFilesOnly'], {
    encoding: 'utf8',
  })
  expect(run.status, run.stderr).toBe(0)
  return run.stdout.split('\n').map((f) => f.replace(`${process.cwd()}/`, ''))
}

const lib = (name: string) => (files: string[]) =>
  files.some((f) => f.endsWith(`/lib.${name}.d.ts`))

describe('one TypeScript project per runtime', () => {
  it('checks the page with the DOM, never with the worker library', () => {
    const files = filesOf('tsconfig.app.json')
    expect(lib('dom')(files)).toBe(true)
    expect(lib('webworker')(files)).toBe(false)
    expect(files).toContain('src/App.tsx')
    expect(files).not.toContain('src/social/worker.ts')
    expect(files.some((f) => f.includes('@types/node/'))).toBe(false)
  })

  it('checks the worker and what it imports with the worker library, without the DOM', () => {
    const files = filesOf('tsconfig.worker.json')
    expect(lib('webworker')(files)).toBe(true)
    expect(lib('dom')(files)).toBe(false)
    expect(files).toEqual(expect.arrayContaining(['src/social/worker.ts', 'src/social/engine.ts']))
  })

  it('checks scripts, configs and tests with Node types', () => {
    const files = filesOf('tsconfig.node.json')
    expect(files.some((f) => f.includes('@types/node/'))).toBe(true)
    expect(files).toEqual(
      expect.arrayContaining(['vite.config.ts', 'vitest.e2e.config.ts', 'tests/e2e/app.ts']),
    )
  })
})
