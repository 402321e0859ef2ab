/**
 * `atalaya lists ...`: import a list file as a new version, list the lists and their versions,
 * show the diff between versions. Thin: every decision is in src/lists.
 */
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { loadConfig } from '../../config.js';
import { openDb, type Db } from '../../store/db.js';
import { InputError } from '../../errors.js';
import { CliError } from '../errors.js';
import { print } from '../print.js';
import { importList, listLists, listVersions, getDiff, type ImportProgress, type ListDiff, type VersionInfo } from '../../lists/index.js';
import { LIST_FORMATS, type ListFormat } from '../../sources/index.js';

/** Opens the configured database for one command; bad input becomes a one-line CLI error. */
export async function withDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  let db: Db | undefined;
  try {
    db = await openDb(loadConfig().databaseUrl);
    return await fn(db);
  } catch (err) {
    if (err instanceof InputError) throw new CliError(err.message);
    throw err;
  } finally {
    await db?.close();
  }
}

// Re-exported for the commands that take it from here (screen, watch, keys, jobs, entities).
export { print };

function seqArg(v: string | undefined, name: string): number | undefined {
  if (v == null) return undefined;
  if (!/^\d+$/.test(v)) throw new CliError(`${name} must be a version number (see "lists versions"), not "${v}"`);
  return Number(v);
}

function progressBar(enabled: boolean): { onProgress?: (p: ImportProgress) => void; stop(): void } {
  if (!enabled) return { stop() {} };
  let bar: cliProgress.SingleBar | undefined;
  return {
    onProgress(p) {
      // The active version's size is the best guess of the total; the bar grows past it if needed.
      const total = Math.max(p.expected ?? 0, p.entities, 1);
      if (!bar) {
        bar = new cliProgress.SingleBar({ format: 'importing [{bar}] {value}/{total} entities', stream: process.stderr, clearOnComplete: true }, cliProgress.Presets.shades_classic);
        bar.start(total, p.entities);
      }
      bar.setTotal(total);
      bar.update(p.entities);
    },
    stop: () => bar?.stop(),
  };
}

function versionLine(v: VersionInfo): string {
  const what = v.status === 'unchanged' ? `unchanged (same as ${v.sameAsSeq})` : `${v.status}, +${v.diff.added} -${v.diff.removed} ~${v.diff.changed}`;
  return `${String(v.seq).padStart(4)}  ${v.importedAt}  ${String(v.entityCount).padStart(7)} entities  ${what}  ${v.sourceFile}${v.warnings ? `  (${v.warnings} warnings)` : ''}`;
}

function diffText(d: ListDiff, limit: number): string {
  const lines = [`${d.list}: version ${d.from ?? '(none)'} -> ${d.to}: ${d.counts.added} added, ${d.counts.removed} removed, ${d.counts.changed} changed`];
  const show = (sign: string, entries: ListDiff['added']) => {
    for (const e of entries.slice(0, limit)) lines.push(`  ${sign} ${e.id}  ${e.caption}${e.properties.length ? `  [${e.properties.join(', ')}]` : ''}`);
    if (entries.length > limit) lines.push(`  ${sign} ... and ${entries.length - limit} more (--all or --json for all)`);
  };
  show('+', d.added);
  show('-', d.removed);
  show('~', d.changed);
  return lines.join('\n');
}

export function register(program: Command): void {
  const lists = program.command('lists').description('sanctions lists and watchlists: import, versions, diffs');

  lists
    .command('import')
    .description('import a list file as a new version of its list (the format is detected when not given)')
    .argument('<file>', 'the list file as published')
    .option('--format <format>', 'un-xml, ofac-csv, ofac-xml, ofac-advanced-xml, eu-xml, uk-xml, ftm, csv or sltd-csv')
    .option('--list <id>', 'the list id (default: by format, e.g. un, ofac-sdn)')
    .option('--json', 'print the result as JSON')
    .action(async (file: string, o: { format?: string; list?: string; json?: boolean }) => {
      if (o.format && !(LIST_FORMATS as string[]).includes(o.format)) throw new CliError(`unknown format "${o.format}"; one of: ${LIST_FORMATS.join(', ')}`);
      const bar = progressBar(!o.json && !!process.stderr.isTTY);
      const r = await withDb((db) => importList(db, file, { format: o.format as ListFormat | undefined, list: o.list, onProgress: bar.onProgress })).finally(() => bar.stop());
      const warnings = r.report.warningCount ?? r.report.warnings.length;
      print(o.json, { ...r, warnings }, () =>
        r.status === 'unchanged'
          ? `${r.list}: unchanged, same entities as the active version (import recorded as version ${r.seq}); ${r.report.entities} entities, ${warnings} warnings`
          : `${r.list}: version ${r.seq} is now active: ${r.report.records} records, ${r.report.entities} entities; ${r.diff.added} added, ${r.diff.removed} removed, ${r.diff.changed} changed; ${warnings} warnings`,
      );
    });

  lists
    .command('ls')
    .description('the lists and their active versions')
    .option('--json', 'print as JSON')
    .action(async (o: { json?: boolean }) => {
      const all = await withDb((db) => listLists(db));
      print(o.json, all, () =>
        all.length
          ? all.map((l) => `${l.id.padEnd(14)} ${l.format.padEnd(10)} ${l.active ? `version ${l.active.seq}, ${l.active.entityCount} entities, imported ${l.active.importedAt} from ${l.active.sourceFile}` : 'no active version'}`).join('\n')
          : 'no lists yet: atalaya lists import FILE',
      );
    });

  lists
    .command('versions')
    .description('every version of a list, oldest first')
    .argument('<list>', 'list id')
    .option('--json', 'print as JSON')
    .action(async (list: string, o: { json?: boolean }) => {
      const vs = await withDb((db) => listVersions(db, list));
      print(o.json, vs, () => vs.map(versionLine).join('\n'));
    });

  lists
    .command('diff')
    .description('what changed between two versions (default: the active version against the one before it)')
    .argument('<list>', 'list id')
    .argument('[v1]', 'older version number')
    .argument('[v2]', 'newer version number')
    .option('--all', 'list every entry (default: the first 20 of each kind)')
    .option('--json', 'print as JSON')
    .action(async (list: string, v1: string | undefined, v2: string | undefined, o: { json?: boolean; all?: boolean }) => {
      if ((v1 == null) !== (v2 == null)) throw new CliError('give two versions, or none for the active version against the one before it');
      const d = await withDb((db) => getDiff(db, list, seqArg(v1, 'V1'), seqArg(v2, 'V2')));
      print(o.json, d, () => diffText(d, o.all ? Infinity : 20));
    });
}
