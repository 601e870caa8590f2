// Prints the one line CI reads, "N passed, N failed, N skipped", from vitest's JSON report,
// and exits with npm test's status. A run that failed before any test ran (type errors, a
// broken build) counts as one failure rather than as "0 passed, 0 failed".
import { existsSync, readFileSync } from 'node:fs'

const [reportPath, statusArg] = process.argv.slice(2)
const status = Number(statusArg ?? 1)

let passed = 0
let failed = 0
let skipped = 0
if (reportPath && existsSync(reportPath)) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'))
  passed = report.numPassedTests ?? 0
  failed = report.numFailedTests ?? 0
  skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
  // Files that failed to load hold no counted tests but are failures all the same.
  failed += (report.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length
}
if (status !== 0 && failed === 0) failed = 1
if (status === 0 && passed === 0) {
  console.log('CI: no test ran')
  failed = 1
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(status !== 0 || failed > 0 ? 1 : 0)
