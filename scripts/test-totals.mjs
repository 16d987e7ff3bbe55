// Adds up vitest JSON reports and prints one closing line: "N passed, N failed, N skipped".
import { readFileSync } from 'node:fs'

let passed = 0
let failed = 0
let skipped = 0
// A step that failed before any test ran (install, lint, build) counts as one failure.
const args = process.argv.slice(2)
const statusAt = args.indexOf('--exit-status')
const exitStatus = statusAt >= 0 ? Number(args.splice(statusAt, 2)[1]) : 0
for (const file of args) {
  let report
  try {
    report = JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    continue
  }
  passed += report.numPassedTests ?? 0
  failed +=
    (report.numFailedTests ?? 0) +
    (report.numFailedTestSuites > 0 && report.numFailedTests === 0 ? 1 : 0)
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
}
if (exitStatus !== 0 && failed === 0) failed = 1
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
