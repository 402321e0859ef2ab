/**
 * `atalaya watch add|ls|rm|run|reports`: monitoring from the command line. `run` monitors list
 * versions imported while no server was running (the server does it by itself).
 */
import type { Command } from 'commander';
import { SYSTEM, type Principal } from '../../auth/principal.js';
import { watchSubjects, unwatch, listWatched, catchUpMonitoring, listReports, type WatchInput, type MonitoringReport } from '../../screening/monitor.js';
import { readRows, formatOf, parseMapping } from '../../screening/batch/input.js';
import { CliError } from '../errors.js';
import { withDb, print } from './lists.js';

const as = (agency: string): Principal => ({ ...SYSTEM, agency });
const reportLine = (r: MonitoringReport) =>
  `${r.list} v${r.seq}: +${r.added} ~${r.changed} -${r.removed}; ${r.subjectsScreened} subjects re-screened; ${r.alerts.length} new alerts, ${r.alreadyAlerted} already alerted, ${r.suppressed} suppressed; ${r.closed.reduce((n, c) => n + c.alerts, 0)} alerts closed`;

export function register(program: Command): void {
  const watch = program.command('watch').description('monitoring: subjects re-screened on every list update');

  watch
    .command('add <file>')
    .description('watch every subject of a file (.jsonl with ids, or .csv with --map); the row id is the subject key')
    .requiredOption('--agency <code>', 'agency whose queue receives the alerts')
    .option('--map <json>', 'CSV: properties to columns, with "id"')
    .option('--schema <schema>', 'CSV: schema of every row', 'Person')
    .option('--profile <name>', 'screening profile', 'default')
    .option('--json', 'print JSON')
    .action(async (file: string, o: { agency: string; map?: string; schema: string; profile: string; json?: boolean }) => {
      const mapping = o.map ? parseMapping(o.map, '--map') : undefined;
      const n = await withDb(async (db) => {
        const items: WatchInput[] = [];
        for await (const r of readRows({ file, format: formatOf(file), ...(mapping ? { mapping } : {}), schema: o.schema })) items.push({ subjectKey: r.entity.id, entity: r.entity, profile: o.profile });
        return (await watchSubjects(db, as(o.agency), items)).length;
      });
      print(o.json, { watched: n }, () => `watching ${n} subjects for ${o.agency}`);
    });

  watch
    .command('ls')
    .description('watched subjects')
    .option('--agency <code>', 'only this agency')
    .option('--json', 'print JSON')
    .action(async (o: { agency?: string; json?: boolean }) => {
      const w = await withDb((db) => listWatched(db, o.agency ? { ...SYSTEM, kind: 'apikey', agency: o.agency } : SYSTEM, { limit: 1000 }));
      print(o.json, w, () => [`${w.total} watched`, ...w.subjects.map((s) => `${s.agency.padEnd(14)} ${s.subjectKey.padEnd(20)} ${s.profile.padEnd(10)} ${s.entity.properties.name?.[0] ?? ''}`)].join('\n'));
    });

  watch
    .command('rm <subjectKey>')
    .requiredOption('--agency <code>', 'the agency watching it')
    .description('stop watching a subject')
    .action(async (key: string, o: { agency: string }) => {
      if (!(await withDb((db) => unwatch(db, as(o.agency), key)))) throw new CliError(`${o.agency} is not watching "${key}"`);
      process.stdout.write(`no longer watching ${key}\n`);
    });

  watch
    .command('run')
    .description('monitor every list version not monitored yet')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) => {
      const reports = await withDb((db) => catchUpMonitoring(db));
      print(o.json, reports, () => (reports.length ? reports.map(reportLine).join('\n') : 'nothing to monitor: every list version has been'));
    });

  watch
    .command('reports')
    .description('what each list update caused')
    .option('--list <id>', 'only this list')
    .option('--json', 'print JSON')
    .action(async (o: { list?: string; json?: boolean }) => {
      const reports = await withDb((db) => listReports(db, o.list ? { list: o.list } : {}));
      print(o.json, reports, () => (reports.length ? reports.map(reportLine).join('\n') : 'no reports yet'));
    });
}
