// Serves a build with `vite preview` on 127.0.0.1, for the browser tests and the bench.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'

/**
 * Starts `vite preview` of `outDir` on `port` and waits until it answers; fails if the build is
 * missing, if the server exits (the port taken) or does not answer within `timeoutMs`.
 */
export async function startPreview({ port, outDir = 'dist', timeoutMs = 20_000 }) {
  if (!existsSync(`${outDir}/index.html`)) {
    throw new Error(`${outDir}/ is missing: run \`npm run build\` first`)
  }
  const origin = `http://127.0.0.1:${port}`
  const server = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--outDir',
      outDir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { stdio: 'ignore' },
  )
  let exited = false
  server.on('exit', () => {
    exited = true
  })
  const stop = () => {
    server.kill()
  }
  const start = Date.now()
  while (Date.now() - start < timeoutMs) {
    if (exited) throw new Error(`vite preview exited: is port ${port} already taken?`)
    try {
      if ((await fetch(origin)).ok) return { origin, stop }
    } catch {
      // Not up yet.
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  stop()
  throw new Error(`vite preview did not answer on ${origin} within ${timeoutMs} ms`)
}
