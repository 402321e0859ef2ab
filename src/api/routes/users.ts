/** Users and agencies administration (src/auth). */
import { z } from 'zod';
import type { ApiApp } from '../server.js';
import type { AppContext } from '../../app/context.js';
import { createUser, getUser, listUsers, updateUser } from '../../auth/users.js';
import { ensureAgency, listAgencies } from '../../auth/agencies.js';
import { ROLES } from '../../auth/principal.js';
import { notFound } from '../errors.js';
import { core, Id, ok, Text } from './auth.js';
import { errors } from '../schemas.js';

const Agency = Text(64);
const NewUser = z.strictObject({
  username: Text(64),
  displayName: Text(200).optional(),
  role: z.enum(ROLES),
  agency: Agency,
  password: z.string().min(1).max(1024),
});
const Change = z.strictObject({
  role: z.enum(ROLES).optional(),
  disabled: z.boolean().optional(),
  password: z.string().min(1).max(1024).optional(),
  unlock: z.boolean().optional(),
});

export default async function users(app: ApiApp, ctx: AppContext): Promise<void> {
  app.get('/users', {
    config: { permission: 'users.admin' },
    schema: { tags: ['users'], summary: 'Users (never their password hashes)', querystring: z.strictObject({ agency: Agency.optional() }), response: ok },
  }, async (req) => ({ users: await listUsers(ctx.db, req.query.agency ? { agency: req.query.agency } : {}) }));

  app.post('/users', {
    config: { permission: 'users.admin' },
    schema: { tags: ['users'], summary: 'Create a user', body: NewUser, response: ok },
  }, async (req, reply) => reply.status(201).send(await core(() => createUser(ctx.db, req.principal, req.body))));

  app.patch('/users/:id', {
    config: { permission: 'users.admin' },
    schema: { tags: ['users'], summary: 'Change role, disable, set password, clear a lockout', params: Id, body: Change, response: ok },
  }, async (req) => {
    // updateUser says "no user" as bad input (the CLI's wording); over HTTP an unknown id is a 404
    if (!(await getUser(ctx.db, req.params.id))) throw notFound(`user ${req.params.id}`);
    const b = req.body;
    return core(() => updateUser(ctx.db, req.principal, req.params.id, {
      ...(b.role ? { role: b.role } : {}), ...(b.disabled !== undefined ? { disabled: b.disabled } : {}),
      ...(b.password ? { password: b.password } : {}), ...(b.unlock ? { unlock: true } : {}),
    }));
  });

  app.get('/agencies', {
    schema: { tags: ['users'], summary: 'Agencies and partners (the targets of sharing)', response: ok },
  }, async () => ({ agencies: await listAgencies(ctx.db) }));

  app.post('/agencies', {
    config: { permission: 'users.admin' },
    schema: { tags: ['users'], summary: 'Add an agency or a foreign partner', body: z.strictObject({ code: Agency, name: Text(200), partner: z.boolean().optional(), country: z.string().max(2).optional() }), response: ok },
  }, async (req, reply) => reply.status(201).send(await ensureAgency(ctx.db, req.body.code, { name: req.body.name, kind: req.body.partner ? 'partner' : 'agency', ...(req.body.country ? { country: req.body.country } : {}) })));
}
