/** Screening profiles: read by anyone who screens, written by supervisors and administrators. */
import { z } from 'zod';
import type { ApiApp } from '../server.js';
import type { AppContext } from '../../app/context.js';
import { listProfiles, getProfile, saveProfile, deleteProfile } from '../../screening/profiles.js';
import { appendAudit } from '../../audit/log.js';
import { notFound } from '../errors.js';
import { ProfileName, errors } from '../schemas.js';

const Profile = z.object({
  name: z.string(),
  description: z.string(),
  review: z.number(),
  block: z.number(),
  lists: z.array(z.string()).optional(),
  schemata: z.array(z.string()).optional(),
  builtin: z.boolean(),
});
const Params = z.strictObject({ name: ProfileName });

export default async function profiles(app: ApiApp, ctx: AppContext): Promise<void> {
  app.get('/profiles', {
    config: { permission: 'screen' },
    schema: { tags: ['profiles'], summary: 'Every profile, built-in and user-defined', response: { 200: z.object({ profiles: z.array(Profile) }), ...errors } },
  }, async () => ({ profiles: await listProfiles(ctx.db) }));

  app.get('/profiles/:name', {
    config: { permission: 'screen' },
    schema: { tags: ['profiles'], params: Params, response: { 200: Profile, ...errors } },
  }, async (req) => getProfile(ctx.db, req.params.name));

  app.put('/profiles/:name', {
    config: { permission: 'profiles.write' },
    schema: {
      tags: ['profiles'],
      summary: 'Create or replace a profile (a built-in name overrides the built-in)',
      params: Params,
      body: z.strictObject({
        description: z.string().max(500).optional(),
        review: z.number().min(0).max(1),
        block: z.number().min(0).max(1),
        lists: z.array(z.string().min(1).max(100)).max(100).nullable().optional(),
        schemata: z.array(z.string().min(1).max(50)).max(20).nullable().optional(),
      }),
      response: { 200: Profile, ...errors },
    },
  }, async (req) => {
    const p = await saveProfile(ctx.db, req.params.name, req.body, req.principal.id);
    await appendAudit(ctx.db, { actor: req.principal, action: 'profile.save', subject: `profile:${p.name}`, detail: req.body });
    return p;
  });

  app.delete('/profiles/:name', {
    config: { permission: 'profiles.write' },
    schema: { tags: ['profiles'], summary: 'Remove a stored profile (a built-in returns to its defaults)', params: Params, response: { 200: z.object({ deleted: z.literal(true) }), 404: z.object({ error: z.string(), message: z.string() }), ...errors } },
  }, async (req) => {
    if (!(await deleteProfile(ctx.db, req.params.name))) throw notFound(`stored profile "${req.params.name}"`);
    await appendAudit(ctx.db, { actor: req.principal, action: 'profile.delete', subject: `profile:${req.params.name}` });
    return { deleted: true as const };
  });
}
