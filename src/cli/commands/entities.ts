/**
 * `atalaya entities ...`: show one listed entity, export the active ones as FtM JSON lines.
 */
import fs from 'node:fs';
import { once } from 'node:events';
import type { Command } from 'commander';
import { CliError } from '../errors.js';
import { getEntity, searchEntities, exportFtm } from '../../lists/index.js';
import { withDb, print } from './lists.js';

export function register(program: Command): void {
  const entities = program.command('entities').description('listed entities: show, search, export');

  entities
    .command('show')
    .description('one entity with its provenance (list, version, source record id)')
    .argument('<id>', 'entity id, e.g. un-QDi.430')
    .option('--version <seq>', 'from this version of its list (default: the active one)')
    .option('--json', 'print as JSON')
    .action(async (id: string, o: { version?: string; json?: boolean }) => {
      if (o.version != null && !/^\d+$/.test(o.version)) throw new CliError(`--version must be a version number, not "${o.version}"`);
      const e = await withDb((db) => getEntity(db, id, o.version == null ? undefined : Number(o.version)));
      if (!e) throw new CliError(`no entity "${id}"${o.version ? ` in version ${o.version}` : ''}`);
      print(o.json, e, () => {
        const lines = [`${e.id}  ${e.schema}  ${e.caption ?? e.properties.name?.[0] ?? ''}`,
          `  list ${e.provenance.list}, version ${e.provenance.version}, source record ${e.provenance.sourceId}${e.active ? '' : '  (NOT in the active version)'}`];
        for (const [k, vs] of Object.entries(e.properties).sort(([a], [b]) => a.localeCompare(b))) lines.push(`  ${k}: ${vs.join(' | ')}`);
        return lines.join('\n');
      });
    });

  entities
    .command('search')
    .description('active entities whose name (caption) contains TEXT')
    .argument('<text>')
    .option('--limit <n>', 'at most this many', '50')
    .option('--json', 'print as JSON')
    .action(async (text: string, o: { limit: string; json?: boolean }) => {
      const found = await withDb((db) => searchEntities(db, text, { limit: Number(o.limit) || 50 }));
      print(o.json, found, () => found.map((e) => `${e.id.padEnd(24)} ${e.schema.padEnd(12)} ${e.caption ?? e.properties.name?.[0] ?? ''}`).join('\n') || 'nothing found');
    });

  entities
    .command('export')
    .description('the active entities as FtM JSON lines')
    .option('--format <format>', 'ftm (the only one)', 'ftm')
    .option('--list <id...>', 'only these lists')
    .option('--output <file>', 'write here (default: stdout)')
    .option('--json', 'print a summary as JSON (with --output)')
    .action(async (o: { format: string; list?: string[]; output?: string; json?: boolean }) => {
      if (o.format !== 'ftm') throw new CliError(`unknown export format "${o.format}" (ftm is supported)`);
      const out = o.output ? fs.createWriteStream(o.output) : process.stdout;
      const n = await withDb((db) => exportFtm(db, out, { lists: o.list }));
      if (o.output) {
        out.end();
        await once(out, 'finish');
        print(o.json, { entities: n, output: o.output }, () => `${n} entities written to ${o.output}`);
      }
    });
}
