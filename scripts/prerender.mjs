// Writes the server-rendered first view into dist/index.html, so the page paints before any
// script runs; the client then hydrates it.
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

const ssrDir = '.ssr'
const { render } = await import(pathToFileURL(`${ssrDir}/entry-server.js`).href)
const file = 'dist/index.html'
const html = readFileSync(file, 'utf8')
const marker = '<div id="root"></div>'
if (!html.includes(marker)) throw new Error(`${file} has no ${marker}`)
// The first view shows the build year's calendar: the page hydrates it only in that same year.
const year = new Date().getFullYear()
writeFileSync(
  file,
  html.replace(marker, `<div id="root" data-prerendered-year="${year}">${render()}</div>`),
)
rmSync(ssrDir, { recursive: true, force: true })
console.log(`prerendered the first view into ${file}`)
