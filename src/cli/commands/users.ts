/**
 * `atalaya users ...` and `atalaya agencies ...`: the first administrator, users, agencies.
 * Passwords are read from stdin (`--password-stdin`) or ATALAYA_PASSWORD, never from arguments
 * (they would show in the process list and shell history). Logic lives in src/auth.
 */
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { openDb, type Db } from '../../store/db.js';
import { InputError } from '../../errors.js';
import { CliError } from '../errors.js';
import { print as out } from '../print.js';
import { bootstrapAdmin, cliPrincipal, createUser, listUsers, updateUser, checkRole } from '../../auth/users.js';
import { ensureAgency, listAgencies } from '../../auth/agencies.js';
import type { Principal } from '../../auth/principal.js';

/** Opens the database, acts as the CLI principal, and turns the core's refusals into one-line errors. */
export async function asCli<T>(as: string | undefined, fn: (db: Db, p: Principal) => Promise<T>): Promise<T> {
  let db: Db | undefined;
  try {
    db = await openDb(loadConfig().databaseUrl);
    return await fn(db, await cliPrincipal(db, as));
  } catch (err) {
    if (err instanceof InputError) throw new CliError(err.message);
    const code = (err as { statusCode?: number }).statusCode;
    if (code && code >= 400 && code < 500) throw new CliError((err as Error).message, code === 404 ? 3 : code === 403 ? 4 : 5);
    throw err;
  } finally {
    await db?.close();
  }
}

/** The CLI's one printer (src/cli/print.ts), under the name the case-work commands use. */
export { out };

async function readPassword(fromStdin?: boolean): Promise<string> {
  if (fromStdin) {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
  }
  const env = process.env.ATALAYA_PASSWORD;
  if (!env) throw new CliError('give the password on stdin with --password-stdin, or in ATALAYA_PASSWORD');
  return env;
}

export function register(program: Command): void {
  const users = program.command('users').description('users of the console and the API: roles, agencies, lockouts');

  users.command('bootstrap-admin')
    .description('create the first administrator (refused once one exists)')
    .requiredOption('--username <name>', 'login name')
    .option('--agency <code>', 'the administrator\'s agency', 'ministry')
    .option('--display-name <name>', 'name shown in records')
    .option('--password-stdin', 'read the password from stdin (else ATALAYA_PASSWORD)')
    .option('--json', 'print JSON')
    .action(async (o: { username: string; agency: string; displayName?: string; passwordStdin?: boolean; json?: boolean }) => {
      const password = await readPassword(o.passwordStdin);
      const u = await asCli(undefined, (db) => bootstrapAdmin(db, { username: o.username, agency: o.agency, password, ...(o.displayName ? { displayName: o.displayName } : {}) }));
      out(o.json, u, () => `administrator ${u.username} (${u.agency}) created`);
    });

  users.command('create')
    .description('create a user')
    .requiredOption('--username <name>', 'login name')
    .requiredOption('--role <role>', 'officer, analyst, supervisor, admin or partner')
    .requiredOption('--agency <code>', 'agency code, e.g. border-police, customs')
    .option('--display-name <name>', 'name shown in records')
    .option('--password-stdin', 'read the password from stdin (else ATALAYA_PASSWORD)')
    .option('--json', 'print JSON')
    .action(async (o: { username: string; role: string; agency: string; displayName?: string; passwordStdin?: boolean; json?: boolean }) => {
      const password = await readPassword(o.passwordStdin);
      const u = await asCli(undefined, (db, p) => createUser(db, p, { username: o.username, role: checkRole(o.role), agency: o.agency, password, ...(o.displayName ? { displayName: o.displayName } : {}) }));
      out(o.json, u, () => `user ${u.username} (${u.role}, ${u.agency}) created`);
    });

  users.command('list')
    .description('list users')
    .option('--agency <code>', 'only this agency')
    .option('--json', 'print JSON')
    .action(async (o: { agency?: string; json?: boolean }) => {
      const rows = await asCli(undefined, (db) => listUsers(db, o.agency ? { agency: o.agency } : {}));
      out(o.json, rows, () => rows.map((u) => `${u.username.padEnd(20)} ${u.role.padEnd(10)} ${u.agency.padEnd(16)} ${u.disabled ? 'disabled' : u.lockedUntil && u.lockedUntil > new Date().toISOString() ? 'locked' : 'active'}  ${u.id}`).join('\n') || 'no users');
    });

  const change = (name: string, desc: string, make: (o: Record<string, string | boolean | undefined>) => Promise<Parameters<typeof updateUser>[3]>, extra?: (c: Command) => Command) => {
    let c = users.command(`${name} <username>`).description(desc).option('--json', 'print JSON');
    if (extra) c = extra(c);
    c.action(async (username: string, o: Record<string, string | boolean | undefined>) => {
      const changeSet = await make(o);
      const u = await asCli(undefined, async (db, p) => {
        const row = await db.kysely.selectFrom('users').select('id').where('username', '=', username.toLowerCase()).executeTakeFirst();
        if (!row) throw new InputError(`no user "${username}"`, { field: 'username' });
        return updateUser(db, p, row.id, changeSet);
      });
      out(o.json as boolean | undefined, u, () => `${u.username}: ${u.role}, ${u.disabled ? 'disabled' : 'active'}`);
    });
  };
  change('set-role', 'change a user\'s role (ends their sessions)', async (o) => ({ role: checkRole(o.role) }), (c) => c.requiredOption('--role <role>', 'new role'));
  change('disable', 'disable a user (ends their sessions)', async () => ({ disabled: true }));
  change('enable', 'enable a disabled user', async () => ({ disabled: false }));
  change('unlock', 'clear a lockout after failed logins', async () => ({ unlock: true }));
  change('set-password', 'set a new password (ends their sessions)', async (o) => ({ password: await readPassword(o.passwordStdin as boolean | undefined) }), (c) => c.option('--password-stdin', 'read the password from stdin'));

  const agencies = program.command('agencies').description('agencies and foreign partners (the unit of data access and of sharing)');
  agencies.command('add <code>')
    .description('add an agency or a foreign partner')
    .requiredOption('--name <name>', 'full name')
    .option('--partner', 'a foreign partner (read-only, sees only what is shared with it)')
    .option('--country <cc>', 'ISO country code of a partner')
    .option('--json', 'print JSON')
    .action(async (code: string, o: { name: string; partner?: boolean; country?: string; json?: boolean }) => {
      const a = await asCli(undefined, (db) => ensureAgency(db, code, { name: o.name, kind: o.partner ? 'partner' : 'agency', ...(o.country ? { country: o.country } : {}) }));
      out(o.json, a, () => `${a.code}: ${a.name} (${a.kind})`);
    });
  agencies.command('list').option('--json', 'print JSON').description('list agencies and partners').action(async (o: { json?: boolean }) => {
    const rows = await asCli(undefined, (db) => listAgencies(db));
    out(o.json, rows, () => rows.map((a) => `${a.code.padEnd(20)} ${a.kind.padEnd(8)} ${a.name}`).join('\n') || 'no agencies');
  });
}
