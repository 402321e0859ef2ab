/**
 * `atalaya screen --input FILE [--output FILE] [--profile NAME] [--limit K]`: screens a file of
 * subjects (JSON lines, or CSV with --map) against the imported lists on every core, one output
 * line per input row, best hits first. Thin: src/screening/batch does the work.
 */
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { screenFile } from '../../screening/batch/file.js';
import { parseMapping } from '../../screening/batch/input.js';
import { CliError } from '../errors.js';
import { withDb, print } from './lists.js';

function intArg(v: string | undefined, name: string): number | undefined {
  if (v == null) return undefined;
  if (!/^\d+$/.test(v)) throw new CliError(`${name} must be a whole number, not "${v}"`);
  return Number(v);
}

export function register(program: Command): void {
  program
    .command('screen')
    .description('screen a file of subjects (JSON lines: one FtM entity with an "id" per line; or CSV with --map) against the imported lists')
    .requiredOption('--input <file>', 'subjects to screen (.jsonl or .csv)')
    .option('--output <file>', 'write results here (default: standard output)')
    .option('--profile <name>', 'screening profile (default, border, maritime, financial or your own)', 'default')
    .option('--limit <k>', 'most hits per subject', '10')
    .option('--format <fmt>', 'jsonl or csv (default: from the file name)')
    .option('--map <json>', 'CSV: properties to columns, e.g. {"id":"ID","name":"Name","birthDate":"DOB"}')
    .option('--schema <schema>', 'CSV: schema of every row (Person, Organization, Company, Vessel...)', 'Person')
    .option('--resume', 'continue an interrupted run: keep the complete lines of --output and screen the rest')
    .option('--workers <n>', 'worker threads (default: one per core)')
    .option('--json', 'print the summary as JSON (on standard error when results go to standard output)')
    .action(async (o: { input: string; output?: string; profile: string; limit: string; format?: string; map?: string; schema: string; resume?: boolean; workers?: string; json?: boolean }) => {
      if (o.resume && !o.output) throw new CliError('--resume needs --output (the output file is the checkpoint)');
      const tty = !!o.output && process.stderr.isTTY;
      let bar: cliProgress.SingleBar | undefined;
      const workers = intArg(o.workers, '--workers');
      const r = await withDb((db) =>
        screenFile(db, {
          input: o.input,
          ...(o.output ? { output: o.output } : {}),
          ...(o.format ? { format: o.format } : {}),
          ...(o.map ? { mapping: parseMapping(o.map, '--map') } : {}),
          schema: o.schema,
          profile: o.profile,
          limit: intArg(o.limit, '--limit')!,
          ...(o.resume ? { resume: true } : {}),
          ...(workers ? { workers } : {}),
          onProgress(p) {
            if (!tty) return;
            if (!bar) {
              bar = new cliProgress.SingleBar({ format: 'screening [{bar}] {value}/{total} rows | {rate} rows/s | {left} left', stream: process.stderr, clearOnComplete: true }, cliProgress.Presets.shades_classic);
              bar.start(p.total, p.done, { rate: 0, left: '?' });
            }
            bar.update(p.done, { rate: Math.round(p.rate), left: p.secondsLeft == null ? '?' : `${Math.round(p.secondsLeft)}s` });
          },
        }),
      ).finally(() => bar?.stop());
      const summary = () =>
        `screened ${r.screened} rows${r.resumedAfter ? ` (resumed after row ${r.resumedAfter})` : ''} in ${r.seconds.toFixed(1)} s; ${r.rowsWithHits} with hits${o.output ? `; results in ${o.output}` : ''}`;
      if (o.output) print(o.json, r, summary);
      else process.stderr.write((o.json ? JSON.stringify(r) : summary()) + '\n');
    });
}
