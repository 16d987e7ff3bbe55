import react from '@vitejs/plugin-react'
import rules from 'modele-social'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'
import { EXPLAINED_RULES } from './src/social/explain'
import { leanPublicodes } from './src/social/lean-publicodes'
import { prerenderSocial } from './src/social/prerender'
import { ruleNamesOf, settableRuleNames, workerRules } from './src/social/prune'
import * as ruleNames from './src/social/rules'

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

/**
 * Applies LEAN_EDITS (src/social/lean-publicodes.ts) to publicodes in the worker's bundle: the
 * same figures, parsed in about half the time.
 */
function leanPublicodesPlugin(): Plugin {
  const publicodes = /\/node_modules\/publicodes\/dist\/index\.js$/
  const edited = new Set<string>()
  return {
    name: 'lean-publicodes',
    apply: 'build',
    transform(code, id) {
      if (!publicodes.test(id)) return null
      edited.add(id)
      return { code: leanPublicodes(code), map: null }
    },
    // A bundle with publicodes not edited (another file of it, a path this plugin missed) would
    // run as published: the same figures, only slower, and no test would see it.
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue
        for (const id of Object.keys(chunk.modules)) {
          if (id.includes('/node_modules/publicodes/') && !edited.has(id)) {
            this.error(`publicodes (${id}) was bundled without LEAN_EDITS`)
          }
        }
      }
    },
  }
}

/**
 * Replaces src/social/rules-data.ts, in the build, by the rules the worker evaluates (every name
 * in the constants of src/social/rules.ts: RULES, PROTECTION_RULES…) and what they depend on,
 * without their documentation but the legal references of the rules an explanation shows
 * (EXPLAINED_RULES): derived from those constants at each build, so a rule added there is never
 * pruned (src/social/prune.ts). With them, the rules a situation may set (settableRuleNames).
 */
function prunedRules(): Plugin {
  let source: string | undefined
  return {
    name: 'pruned-rules',
    apply: 'build',
    load(id) {
      if (!/\/src\/social\/rules-data\.ts$/.test(id)) return null
      if (source === undefined) {
        const named = ruleNamesOf(ruleNames)
        const kept = workerRules(rules as Record<string, unknown>, named, EXPLAINED_RULES)
        const json = JSON.stringify(kept)
        // JSON.parse of a string is faster to load than the same object as a literal.
        source = [
          'const started = performance.now()',
          `export const RULES_DATA = JSON.parse(${JSON.stringify(json)})`,
          'export const RULES_LOAD_MS = performance.now() - started',
          `export const SETTABLE_RULES = ${JSON.stringify(settableRuleNames(kept, named))}`,
        ].join('\n')
      }
      return source
    },
  }
}

/**
 * Writes the social model's answers for the default inputs (computed now, in Node, by the
 * worker's engine code: see src/social/prerender.ts) into src/components/net/prerendered.ts, for the page and its prerendering
 * alike: the net figures are in the first paint and hydrate as they are.
 */
function prerenderedSocial(): Plugin {
  let source: string | undefined
  return {
    name: 'prerendered-social',
    apply: 'build',
    load(id, options) {
      // The page reads them from index.html; only the prerendering takes them as a module.
      if (!options?.ssr || !/\/src\/components\/net\/prerendered\.ts$/.test(id)) return null
      source ??=
        `export const PRERENDERED_SOCIAL = JSON.parse(${JSON.stringify(
          JSON.stringify(prerenderSocial(new Date().getFullYear())),
        )})\nexport const PRERENDERED_SOCIAL_ID = 'prerendered-social'\n` +
        // Never called while prerendering (effects do not run); there for the module's shape.
        'export async function checkedPrerendered(key) {\n' +
        '  return PRERENDERED_SOCIAL.key === key ? PRERENDERED_SOCIAL : null\n}\n'
      return source
    },
  }
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    preloadStartupChunks(),
    prunedRules(),
    prerenderedSocial(),
  ],
  build: {
    target: 'es2022',
    // One stylesheet, linked from index.html: each component imports its own CSS, and most of
    // them load in a lazy chunk; split, their rules would arrive after the prerendered first paint.
    cssCodeSplit: false,
    // Every browser the build targets that lacks <link rel="modulepreload"> (Safari before 17)
    // still loads the chunks, only without preloading them; the polyfill cost first-load bytes
    // for every visitor.
    modulePreload: { polyfill: false },
    sourcemap: false,
    // Six characters of content hash, not eight: the first load names the lazy chunks about 95
    // times (the dynamic imports and their lists of dependencies), and hashes do not compress.
    // The server build's entry keeps its name: the prerender imports it by name.
    rollupOptions: {
      output: {
        entryFileNames: (chunk) =>
          chunk.name === 'entry-server' ? '[name].js' : 'assets/[name]-[hash:6].js',
        chunkFileNames: 'assets/[name]-[hash:6].js',
        assetFileNames: 'assets/[name]-[hash:6][extname]',
      },
    },
  },
  worker: {
    format: 'es',
    // Workers are bundled with these plugins only, not the page's.
    plugins: () => [prunedRules(), leanPublicodesPlugin()],
    // The worker is one file: its entry, named as the page's chunks are.
    rollupOptions: { output: { entryFileNames: 'assets/[name]-[hash:6].js' } },
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
