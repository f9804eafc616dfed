#!/usr/bin/env node
// Runs every check in order (type-check, lint, unit tests, browser tests), keeps going after a
// failure so every result is reported, and ends with one line `N passed, N failed` (summed),
// which is what CI reads. Exit code is non-zero if anything failed or could not run.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const UNIT_JSON = join(root, 'test-results', 'unit.json');
const E2E_JSON = join(root, 'test-results', 'e2e.json');

/** One step: a command plus how to turn its exit code (and report) into passed/failed counts. */
const steps = [
  { name: 'type-check', cmd: bin('tsc'), args: ['--noEmit'], count: single },
  { name: 'lint', cmd: bin('biome'), args: ['check', 'src', 'tests', 'scripts'], count: single },
  {
    name: 'unit',
    cmd: bin('vitest'),
    args: ['run', '--reporter=default', '--reporter=json', `--outputFile=${UNIT_JSON}`],
    count: (code) => fromReport(code, UNIT_JSON, vitestCounts),
  },
  { name: 'e2e', cmd: bin('playwright'), args: ['test'], count: (code) => fromReport(code, E2E_JSON, playwrightCounts) },
];

/** A step that is one test: it passed if it exited 0. */
function single(code) {
  return code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

/** Counts from a JSON report; a non-zero exit with no failing test in the report (crash, no report, no tests) counts as one failure. */
function fromReport(code, file, parse) {
  let counts = { passed: 0, failed: 0 };
  let note = '';
  if (!existsSync(file)) {
    note = `no report at ${file}`;
  } else {
    try {
      counts = parse(JSON.parse(readFileSync(file, 'utf8')));
    } catch (err) {
      note = `unreadable report ${file}: ${err.message}`;
    }
  }
  if (code !== 0 && counts.failed === 0) {
    counts = { passed: counts.passed, failed: 1 };
    note ||= `exited with ${code} but the report lists no failing test`;
  }
  if (code === 0 && note) counts = { passed: counts.passed, failed: counts.failed + 1 };
  return { ...counts, note };
}

/** Vitest's JSON (jest-compatible): failing test files that hold no failing test (import error, syntax error) count once each. */
function vitestCounts(r) {
  let failed = r.numFailedTests ?? 0;
  for (const file of r.testResults ?? []) {
    const failedInside = (file.assertionResults ?? []).some((a) => a.status === 'failed');
    if (file.status === 'failed' && !failedInside) failed += 1;
  }
  return { passed: r.numPassedTests ?? 0, failed };
}

/** Playwright's JSON: expected = passed, unexpected = failed, flaky = passed after retry; global errors (web server, config) count once each. */
function playwrightCounts(r) {
  const s = r.stats ?? {};
  return {
    passed: (s.expected ?? 0) + (s.flaky ?? 0),
    failed: (s.unexpected ?? 0) + (r.errors?.length ?? 0),
  };
}

/** Seconds of test time per browser spec file in Playwright's JSON report, slowest first (what dominates the e2e step). */
function e2eTimeBySpec(file) {
  if (!existsSync(file)) return [];
  const bySpec = new Map();
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      const ms = (spec.tests ?? []).flatMap((t) => t.results ?? []).reduce((n, r) => n + (r.duration ?? 0), 0);
      const entry = bySpec.get(spec.file) ?? { seconds: 0, tests: 0 };
      bySpec.set(spec.file, { seconds: entry.seconds + ms / 1000, tests: entry.tests + (spec.tests ?? []).length });
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  try {
    for (const suite of JSON.parse(readFileSync(file, 'utf8')).suites ?? []) walk(suite);
  } catch {
    return [];
  }
  return [...bySpec].map(([spec, t]) => ({ spec, ...t })).sort((a, b) => b.seconds - a.seconds);
}

/** The first lines of each failing browser test's error in Playwright's JSON report (the tail of a CI log shows why). */
function e2eFailures(file) {
  if (!existsSync(file)) return [];
  const out = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        const last = (t.results ?? []).at(-1);
        if (!last || last.status === 'passed' || last.status === 'skipped') continue;
        // biome-ignore lint/suspicious/noControlCharactersInRegex: strips the terminal's colour codes
        const message = (last.error?.message ?? last.status ?? '').replace(/\u001b\[[0-9;]*m/g, '');
        const lines = message.split('\n').map((l) => l.trimEnd()).filter((l) => l.trim() !== '').slice(0, 6);
        out.push({ title: `${spec.file}:${spec.line} ${spec.title}`, lines });
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  try {
    for (const suite of JSON.parse(readFileSync(file, 'utf8')).suites ?? []) walk(suite);
  } catch {
    return [];
  }
  return out;
}

function run(step) {
  return new Promise((done) => {
    let child;
    try {
      child = spawn(step.cmd, step.args, { cwd: root, stdio: 'inherit', env: process.env });
    } catch (err) {
      done({ code: null, error: err });
      return;
    }
    child.on('error', (err) => done({ code: null, error: err }));
    child.on('close', (code, signal) => done({ code: code ?? (signal ? 128 : 1), signal }));
  });
}

mkdirSync(join(root, 'test-results'), { recursive: true });
rmSync(UNIT_JSON, { force: true });
rmSync(E2E_JSON, { force: true });

const results = [];
for (const step of steps) {
  console.log(`\n=== ${step.name}: ${[step.cmd.replace(`${root}/`, ''), ...step.args].join(' ')}`);
  const started = Date.now();
  const { code, error, signal } = await run(step);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (error) {
    console.log(`=== ${step.name}: could not run (${error.message})`);
    results.push({ name: step.name, passed: 0, failed: 1, ok: false, note: `could not run: ${error.message}`, seconds });
    continue;
  }
  const counts = step.count(code);
  const note = [signal ? `killed by ${signal}` : '', counts.note ?? ''].filter(Boolean).join('; ');
  results.push({ name: step.name, ...counts, ok: code === 0 && counts.failed === 0, code, note, seconds });
}

const times = e2eTimeBySpec(E2E_JSON);
if (times.length > 0) {
  const total = times.reduce((n, t) => n + t.seconds, 0);
  console.log(`\n=== e2e test time by spec (sum over workers ${total.toFixed(0)} s; slowest first)`);
  for (const t of times.slice(0, 5)) console.log(`${t.seconds.toFixed(0).padStart(6)} s  ${((100 * t.seconds) / total).toFixed(0).padStart(3)} %  ${t.spec} (${t.tests} tests)`);
}

const failures = e2eFailures(E2E_JSON);
if (failures.length > 0) {
  console.log('\n=== why the failing browser tests failed (first lines of each error)');
  for (const f of failures) console.log(`- ${f.title}\n${f.lines.map((l) => `    ${l.slice(0, 300)}`).join('\n')}`);
}

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log('\n=== summary');
for (const r of results) {
  const status = r.ok ? 'ok  ' : 'FAIL';
  const extra = r.note ? ` — ${r.note}` : '';
  console.log(`${status} ${r.name.padEnd(10)} pass ${r.passed}, fail ${r.failed} (exit ${r.code ?? '-'}, ${r.seconds} s)${extra}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || results.some((r) => !r.ok) ? 1 : 0;
