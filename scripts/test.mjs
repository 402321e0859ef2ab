#!/usr/bin/env node
// Runs the whole suite: the type check, then every *.test.ts under src/, test/ and bench/ with
// node's own test runner (through tsx). `npm test -- src/travel` runs only the files under a path.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const roots = args.length ? args : ['src', 'test', 'bench'];
const files = [];
function walk(p) {
  if (!fs.existsSync(p)) return;
  const st = fs.statSync(p);
  if (st.isFile()) { if (/\.test\.tsx?$/.test(p)) files.push(p); return; }
  for (const f of fs.readdirSync(p)) if (f !== 'node_modules' && f !== 'dist') walk(path.join(p, f));
}
roots.forEach(walk);
files.sort();

if (!process.env.SKIP_TYPECHECK && !args.length) {
  const tc = spawnSync('npm', ['run', '--silent', 'typecheck'], { stdio: 'inherit' });
  if (tc.status !== 0) { console.error('type check failed'); process.exit(tc.status ?? 1); }
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
