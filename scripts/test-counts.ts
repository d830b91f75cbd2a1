/**
 * The plain counts line `tests: N passed, N failed, N skipped` from vitest's JSON report
 * (`npx tsx scripts/test-counts.ts .run/vitest.json`). scripts/test.sh prints it last: CI reads
 * "N passed, N failed" from it and does not understand vitest's own summary.
 *
 * vitest counts only test cases, so a file that failed as a whole (it did not load, or a
 * beforeAll/afterAll hook threw, which leaves its tests "skipped") would add no failure. Each such
 * file counts here as one failure, so a failed run never reads "0 failed".
 */
import { readFileSync } from 'node:fs';

interface JsonReport {
  success: boolean;
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; status: string; assertionResults: { status: string }[] }[];
}

export function countsLine(report: JsonReport): string {
  const filesFailedOutsideTests = report.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((a) => a.status === 'failed'),
  ).length;
  let failed = report.numFailedTests + filesFailedOutsideTests;
  // Errors outside any file (unhandled rejections, a crashed worker) fail the run too.
  if (!report.success && failed === 0) failed = 1;
  const skipped = report.numPendingTests + report.numTodoTests;
  return `tests: ${report.numPassedTests} passed, ${failed} failed, ${skipped} skipped`;
}

const path = process.argv[2];
if (!path) throw new Error('usage: tsx scripts/test-counts.ts <vitest JSON report>');
console.log(countsLine(JSON.parse(readFileSync(path, 'utf8')) as JsonReport));
