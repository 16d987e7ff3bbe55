// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import config, { CSP, HOSTING_HEADERS } from '../../vite.config'

/** The headers of a Netlify / Cloudflare Pages `_headers` file, for the path `/*`. */
function readHeadersFile(text: string): Record<string, string> {
  const [path, ...lines] = text.trimEnd().split('\n')
  expect(path).toBe('/*')
  return Object.fromEntries(
    lines.map((line) => {
      const at = line.indexOf(':')
      return [line.slice(0, at).trim(), line.slice(at + 1).trim()]
    }),
  )
}

describe('hosting headers', () => {
  it('forbid framing by any origin, on top of the page’s own CSP', () => {
    expect(HOSTING_HEADERS).toEqual({
      'Content-Security-Policy': `${CSP}; frame-ancestors 'none'`,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    })
  })

  it('are what vite preview sends', () => {
    expect(config.preview?.headers).toEqual(HOSTING_HEADERS)
  })

  it('are what public/_headers gives Netlify and Cloudflare Pages', () => {
    expect(readHeadersFile(readFileSync('public/_headers', 'utf8'))).toEqual(HOSTING_HEADERS)
  })

  it('are what vercel.json gives Vercel, for every path', () => {
    const vercel = JSON.parse(readFileSync('vercel.json', 'utf8'))
    expect(vercel.headers).toHaveLength(1)
    expect(vercel.headers[0].source).toBe('/(.*)')
    expect(
      Object.fromEntries(
        vercel.headers[0].headers.map((h: { key: string; value: string }) => [h.key, h.value]),
      ),
    ).toEqual(HOSTING_HEADERS)
  })
})
