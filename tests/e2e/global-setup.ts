import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'

// E2E_PORT and E2E_DIST let two runs share a machine; CI uses the defaults.
const PORT = Number(process.env.E2E_PORT ?? 4173)
const DIST = process.env.E2E_DIST ?? 'dist'
const ORIGIN = `http://127.0.0.1:${PORT}`

async function waitForServer(timeoutMs: number): Promise<void> {
  const start = Date.now()
  while (Date.now() - start < timeoutMs) {
    try {
      const res = await fetch(ORIGIN)
      if (res.ok) return
    } catch {
      // Not up yet.
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`vite preview did not answer on ${ORIGIN} within ${timeoutMs} ms`)
}

/** Serves the built app with `vite preview` for the whole browser-test run. */
export default async function setup() {
  if (!existsSync(`${DIST}/index.html`)) {
    throw new Error(`${DIST}/ is missing: run \`npm run build\` first`)
  }
  const server: ChildProcess = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--outDir',
      DIST,
      '--host',
      '127.0.0.1',
      '--port',
      String(PORT),
      '--strictPort',
    ],
    { stdio: 'ignore' },
  )
  await waitForServer(20_000)
  return () => {
    server.kill()
  }
}
