// Writes the server-rendered first view into dist/index.html, so the page paints before any
// script runs; the client then hydrates it.
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

const ssrDir = '.ssr'
const { render, head, prerenderedSocialElement } = await import(
  pathToFileURL(`${ssrDir}/entry-server.js`).href
)
const file = 'dist/index.html'
const html = readFileSync(file, 'utf8')
const marker = '<div id="root"></div>'
const slots = ['<title></title>', '<meta name="description" content="" />']
for (const slot of [marker, ...slots]) {
  if (!html.includes(slot)) throw new Error(`${file} has no ${slot}`)
}
/** Text made safe inside an HTML attribute or element. */
const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
// The first view shows the build year's calendar: the page hydrates it only in that same year.
const year = new Date().getFullYear()
writeFileSync(
  file,
  html
    .replace(
      marker,
      `<div id="root" data-prerendered-year="${year}">${render()}</div>${prerenderedSocialElement()}`,
    )
    .replace(slots[0], `<title>${escapeHtml(head.title)}</title>`)
    .replace(slots[1], `<meta name="description" content="${escapeHtml(head.description)}" />`),
)
rmSync(ssrDir, { recursive: true, force: true })
console.log(`prerendered the first view into ${file}`)
