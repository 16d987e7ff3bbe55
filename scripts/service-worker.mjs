// Writes dist/sw.js: the service worker of scripts/sw-template.js with this build's precache
// list (every file of dist/ but the host's files) and a version made of their contents, so that
// any change to the build is a new service worker the browser installs and the page offers.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'

const dist = process.argv[2] ?? 'dist'
/** Files for the host, not the browser. */
const SKIP = new Set(['sw.js', '_headers', 'robots.txt'])

const files = []
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) walk(path)
    else if (!SKIP.has(relative(dist, path))) files.push(path)
  }
}
walk(dist)
const hash = createHash('sha256')
for (const file of files) hash.update(file).update(readFileSync(file))
const version = hash.digest('hex').slice(0, 12)
const precache = files.map((file) => `/${relative(dist, file).split('\\').join('/')}`)
const template = readFileSync(new URL('./sw-template.js', import.meta.url), 'utf8')
writeFileSync(
  join(dist, 'sw.js'),
  template.replace('__VERSION__', version).replace('__PRECACHE__', JSON.stringify(precache)),
)
console.log(`service worker ${version}: ${precache.length} files precached`)
