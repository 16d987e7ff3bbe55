import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'

/**
 * Content-Security-Policy of the built page: scripts, styles, workers and data only from the
 * page's own origin; no inline script, no eval, no plugins, no base or form targets. Only in the
 * build: the dev server injects inline styles and scripts of its own.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

/**
 * HTTP headers a host must send with every response, for what a meta tag cannot do: forbid
 * framing by any origin (frame-ancestors is ignored in a meta CSP), stop MIME sniffing, and send
 * no Referer. `vite preview` sends them; public/_headers (Netlify, Cloudflare Pages) and
 * vercel.json carry the same, and a test keeps them equal to this constant.
 */
export const HOSTING_HEADERS = {
  'Content-Security-Policy': `${CSP}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
} as const

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    // Right after the charset, which must stay first.
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
      ),
  }
}

/**
 * The entry loads React and the app with dynamic imports (so they evaluate in separate tasks);
 * preload both and what they import, so the browser fetches the whole start-up set at once and
 * the size budget counts it as first-load JavaScript.
 */
function preloadStartupChunks(): Plugin {
  const startup = [/\/src\/boot\.tsx$/, /\/react-dom\/client\.js$/]
  return {
    name: 'preload-startup-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).flatMap((c) =>
          c.type === 'chunk' ? [c] : [],
        )
        const files = new Set<string>()
        const add = (file: string) => {
          if (files.has(file)) return
          files.add(file)
          for (const dep of chunks.find((c) => c.fileName === file)?.imports ?? []) add(dep)
        }
        for (const chunk of chunks) {
          const id = chunk.facadeModuleId ?? ''
          if (startup.some((re) => re.test(id))) add(chunk.fileName)
        }
        if (files.size < startup.length) throw new Error('start-up chunks not found in the bundle')
        return [...files].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
          injectTo: 'head' as const,
        }))
      },
    },
  }
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), preloadStartupChunks()],
  build: {
    target: 'es2022',
    // One stylesheet, linked from index.html: each component imports its own CSS, and most of
    // them load in a lazy chunk; split, their rules would arrive after the prerendered first paint.
    cssCodeSplit: false,
    sourcemap: false,
  },
  worker: {
    format: 'es',
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: HOSTING_HEADERS,
  },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // jsdom and user-event typing on a 2-core machine: a full-page flow takes seconds, not ms.
    testTimeout: 20_000,
  },
})
