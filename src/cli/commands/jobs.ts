/**
 * `atalaya jobs submit|run|ls|show|results`: batch jobs kept in the database (the same ones the
 * API's POST /api/jobs creates). `run` resumes a job a dead process left half-done.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { SYSTEM } from '../../auth/principal.js';
import { createJob, runJob, listJobs, getJob, jobView, jobResults, jobsDir, type JobView } from '../../screening/batch/jobs.js';
import { formatOf, parseMapping } from '../../screening/batch/input.js';
import { CliError } from '../errors.js';
import { withDb, print } from './lists.js';

const line = (j: JobView) =>
  `${j.id}  ${j.status.padEnd(9)} ${String(j.rowsDone).padStart(8)}/${j.totalRows} rows  ${j.rowsWithHits} with hits  ${j.inputName}${j.error ? `  (${j.error})` : ''}`;

export function register(program: Command): void {
  const jobs = program.command('jobs').description('batch screening jobs kept in the database (see also "atalaya screen")');

  jobs
    .command('submit <file>')
    .description('check a file and queue it as a job (run it with "jobs run ID", or let the server run it)')
    .option('--map <json>', 'CSV: properties to columns')
    .option('--schema <schema>', 'CSV: schema of every row', 'Person')
    .option('--profile <name>', 'screening profile', 'default')
    .option('--limit <k>', 'most hits per row', '10')
    .option('--agency <code>', 'agency whose queue receives alerts', 'system')
    .option('--alerts', 'raise an alert for every hit')
    .option('--json', 'print JSON')
    .action(async (file: string, o: { map?: string; schema: string; profile: string; limit: string; agency: string; alerts?: boolean; json?: boolean }) => {
      if (!fs.existsSync(file)) throw new CliError(`no such file: ${file}`);
      const mapping = o.map ? parseMapping(o.map, '--map') : undefined;
      const format = formatOf(file);
      const copy = path.join(jobsDir(), `${path.basename(file)}.${Date.now()}.${format}`);
      fs.copyFileSync(file, copy);
      const j = await withDb((db) =>
        createJob(db, { ...SYSTEM, agency: o.agency }, { file: copy, inputName: path.basename(file), format, ...(mapping ? { mapping } : {}), schema: o.schema, profile: o.profile, limit: Number(o.limit), raiseAlerts: !!o.alerts }),
      );
      print(o.json, j, () => `queued ${line(j)}`);
    });

  jobs
    .command('run <id>')
    .description('run a job to the end, resuming after its last stored row')
    .option('--workers <n>', 'worker threads (default: one per core)')
    .option('--json', 'print JSON')
    .action(async (id: string, o: { workers?: string; json?: boolean }) => {
      const j = await withDb((db) => runJob(db, id, o.workers ? { workers: Number(o.workers) } : {}));
      print(o.json, j, () => line(j));
    });

  jobs
    .command('ls')
    .description('every job, newest first')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) => {
      const all = await withDb((db) => listJobs(db, SYSTEM));
      print(o.json, all, () => (all.length ? all.map(line).join('\n') : 'no jobs'));
    });

  jobs
    .command('show <id>')
    .description('a job and its progress')
    .option('--json', 'print JSON')
    .action(async (id: string, o: { json?: boolean }) => {
      const j = await withDb(async (db) => {
        const r = await getJob(db, id);
        if (!r) throw new CliError(`no job ${id}`);
        return jobView(r);
      });
      print(o.json, j, () => `${line(j)}\n  rate ${j.rate ?? '?'} rows/s, ${j.secondsLeft ?? '?'} s left`);
    });

  jobs
    .command('results <id>')
    .description("a job's results as JSON lines, in input order")
    .action(async (id: string) => {
      await withDb(async (db) => {
        if (!(await getJob(db, id))) throw new CliError(`no job ${id}`);
        for await (const r of jobResults(db, id)) process.stdout.write(JSON.stringify({ id: r.id, hits: r.hits }) + '\n');
      });
    });
}
