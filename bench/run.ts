/**
 * `npm run bench [-- NAME...]`: runs every bench/*.bench.ts (or those named) in its own process
 * (so peak memory is its own), prints what each measured, and writes it to
 * bench/results/NAME.json. Copy the figures into docs/benchmarks.md with the command.
 * A bench file exports `async function run(): Promise<Record<string, unknown>>`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);

if (process.env.ATALAYA_BENCH_CHILD) {
  const file = process.env.ATALAYA_BENCH_CHILD;
  const mod = (await import(pathToFileURL(file).href)) as { run(): Promise<Record<string, unknown>> };
  const result = await mod.run();
  result.peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`\n@@RESULT ${JSON.stringify(result)}\n`);
} else {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort()
    .filter((f) => !only.length || only.some((o) => f.startsWith(o)));
  fs.mkdirSync(path.join(dir, 'results'), { recursive: true });
  let failed = 0;
  for (const f of files) {
    const name = f.replace(/\.bench\.ts$/, '');
    console.log(`\n=== bench ${name}`);
    const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url)], {
      env: { ...process.env, ATALAYA_BENCH_CHILD: path.join(dir, f) },
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    const out = r.stdout ?? '';
    const marker = out.lastIndexOf('@@RESULT ');
    process.stdout.write(marker >= 0 ? out.slice(0, marker) : out);
    if (r.status !== 0 || marker < 0) { failed++; console.log(`bench ${name} failed (exit ${r.status})`); continue; }
    const result = JSON.parse(out.slice(marker + 9));
    const record = { bench: name, at: new Date().toISOString(), node: process.version, command: `npm run bench -- ${name}`, result };
    fs.writeFileSync(path.join(dir, 'results', `${name}.json`), JSON.stringify(record, null, 2) + '\n');
    console.log(JSON.stringify(result, null, 2));
  }
  process.exit(failed ? 1 : 0);
}
