#!/usr/bin/env node
// Sums the TRX result files of every test project (and JUnit XML files, e.g. Vitest's) into one closing line:
// "tests: N passed, N failed[, N skipped]".
// Usage: node scripts/summarize-tests.cjs <results-dir> [extra-failures]
// Exits 1 when anything failed or when no test ran.
'use strict';
const fs = require('fs');
const path = require('path');

const dir = process.argv[2];
const extraFailures = Number(process.argv[3] || 0);
const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter(f => f.endsWith('.trx')) : [];
let passed = 0, failed = extraFailures, skipped = 0;
const failures = [];
for (const file of files) {
  const xml = fs.readFileSync(path.join(dir, file), 'utf8');
  const counters = /<Counters\b([^>]*)\/>/.exec(xml);
  if (!counters) { failed++; failures.push(`${file}: no counters (the test run crashed?)`); continue; }
  const attr = name => Number((new RegExp(`\\b${name}="(\\d+)"`).exec(counters[1]) || [0, 0])[1]);
  const p = attr('passed'), f = attr('failed') + attr('error') + attr('timeout') + attr('aborted');
  const total = attr('total'), executed = attr('executed');
  const s = attr('notExecuted') + Math.max(0, total - executed - attr('notExecuted'));
  passed += p; failed += f; skipped += s;
  const storage = /<UnitTest\b[^>]*\bstorage="([^"]+)"/.exec(xml);
  const name = storage ? path.basename(storage[1]).replace(/\.dll$/i, '') : file.replace(/\.trx$/, '');
  console.log(`  ${name}: ${p} passed, ${f} failed${s ? `, ${s} skipped` : ''}`);
  for (const m of xml.matchAll(/<UnitTestResult\b[^>]*testName="([^"]*)"[^>]*outcome="Failed"/g)) failures.push(m[1]);
}
for (const file of fs.existsSync(dir) ? fs.readdirSync(dir).filter(f => f.endsWith('.junit.xml')) : []) {
  const xml = fs.readFileSync(path.join(dir, file), 'utf8');
  let p = 0, f = 0, s = 0;
  for (const m of xml.matchAll(/<testcase\b([^>]*?)(\/>|>([\s\S]*?)<\/testcase>)/g)) {
    const inner = m[3] || '';
    if (/<(failure|error)\b/.test(inner)) { f++; failures.push((/name="([^"]*)"/.exec(m[1]) || [0, file])[1]); }
    else if (/<skipped\b/.test(inner)) s++;
    else p++;
  }
  passed += p; failed += f; skipped += s;
  console.log(`  ${file.replace(/\.junit\.xml$/, '')}: ${p} passed, ${f} failed${s ? `, ${s} skipped` : ''}`);
}
if (failures.length) {
  console.log('Failed:');
  for (const f of failures) console.log(`  - ${f}`);
}
if (passed + failed === 0) failed = 1; // nothing ran: that is a failure, not a pass
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
