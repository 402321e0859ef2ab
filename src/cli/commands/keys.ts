/**
 * `atalaya keys create|list|revoke`: API keys for systems that call the API, bound to a role and
 * an agency. The key is printed once at creation; only its hash is stored (src/auth/apikeys.ts).
 */
import type { Command } from 'commander';
import { createApiKey, listApiKeys, revokeApiKey } from '../../auth/apikeys.js';
import { CliError } from '../errors.js';
import { withDb, print } from './lists.js';

export function register(program: Command): void {
  const keys = program.command('keys').description('API keys for systems calling the API (bound to a role and an agency)');

  keys
    .command('create')
    .description('create a key and print it once')
    .requiredOption('--role <role>', 'officer, analyst, supervisor, admin or partner')
    .requiredOption('--agency <code>', 'agency code, e.g. border-police, fiu')
    .requiredOption('--name <name>', 'what the key is for, e.g. "bank X nightly screening"')
    .option('--json', 'print JSON')
    .action(async (o: { role: string; agency: string; name: string; json?: boolean }) => {
      const k = await withDb((db) => createApiKey(db, { role: o.role, agency: o.agency, name: o.name }));
      print(o.json, k, () =>
        [`API key ${k.id} (${k.role}, ${k.agency}, "${k.name}"):`, '', `  ${k.key}`, '', 'It is shown only now: store it safely. Send it as "Authorization: Bearer KEY" or "X-API-Key: KEY".'].join('\n'),
      );
    });

  keys
    .command('list')
    .description('list keys (never the secrets)')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) => {
      const rows = await withDb((db) => listApiKeys(db));
      print(o.json, rows, () =>
        rows.length
          ? rows.map((r) => `${r.id}  ${r.role.padEnd(10)} ${r.agency.padEnd(16)} ${r.revoked_at ? 'revoked' : 'active '}  last used ${r.last_used_at ?? 'never'}  ${r.name}`).join('\n')
          : 'no API keys',
      );
    });

  keys
    .command('revoke <id>')
    .description('revoke a key at once')
    .option('--json', 'print JSON')
    .action(async (id: string, o: { json?: boolean }) => {
      const done = await withDb((db) => revokeApiKey(db, id));
      if (!done) throw new CliError(`no active API key ${id}`);
      print(o.json, { revoked: id }, () => `revoked ${id}`);
    });
}
