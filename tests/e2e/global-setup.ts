import { startPreview } from '../../scripts/preview.mjs'

/**
 * Serves the built app with `vite preview` for the whole browser-test run. E2E_PORT and E2E_DIST
 * let two runs share a machine; CI uses the defaults.
 */
export default async function setup() {
  const { stop } = await startPreview({
    port: Number(process.env.E2E_PORT ?? 4173),
    outDir: process.env.E2E_DIST ?? 'dist',
  })
  return stop
}
