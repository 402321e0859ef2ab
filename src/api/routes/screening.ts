/** Screening one entity, or a batch of up to 1,000, against the active lists. */
import { z } from 'zod';
import type { ApiApp } from '../server.js';
import type { AppContext } from '../../app/context.js';
import { screenEntity, screenBatch, MAX_BATCH, MAX_LIMIT } from '../../screening/screen.js';
import { toQueryEntity } from '../../screening/query.js';
import { QueryEntity, Exclusions, ProfileName, ScreeningResult, errors, ErrorBody } from '../schemas.js';
import { fastSerializerCompiler } from '../fast-serializer.js';

const Options = {
  profile: ProfileName.optional().describe('profile name (default "default"): thresholds, lists and kinds of entity'),
  exclusions: Exclusions.optional(),
  limit: z.number().int().min(1).max(MAX_LIMIT).optional().describe('most hits per entity (default 10)'),
};

export default async function screening(app: ApiApp, ctx: AppContext): Promise<void> {
  app.post('/screen', {
    config: { permission: 'screen' },
    // The hot path: responses written by fast-json-stringify, not re-validated by Zod.
    serializerCompiler: fastSerializerCompiler,
    schema: {
      tags: ['screening'],
      summary: 'Screen one person, organisation or vessel',
      body: z.strictObject({ entity: QueryEntity, subjectKey: z.string().min(1).max(200).optional().describe('your key for the subject: adjudicated false positives stay quiet'), ...Options }),
      response: { 200: ScreeningResult, 503: ErrorBody, ...errors },
    },
  }, async (req) => {
    const b = req.body;
    return screenEntity(ctx, req.principal, toQueryEntity(b.entity, 'entity'), {
      ...(b.profile ? { profile: b.profile } : {}),
      ...(b.exclusions ? { exclusions: b.exclusions } : {}),
      ...(b.limit ? { limit: b.limit } : {}),
      ...(b.subjectKey ? { subjectKey: b.subjectKey } : {}),
    });
  });

  app.post('/screen/batch', {
    config: { permission: 'screen' },
    // The hot path: responses written by fast-json-stringify, not re-validated by Zod.
    serializerCompiler: fastSerializerCompiler,
    schema: {
      tags: ['screening'],
      summary: `Screen up to ${MAX_BATCH} entities in one request`,
      body: z.strictObject({
        entities: z.array(QueryEntity.extend({ subjectKey: z.string().min(1).max(200).optional() })).min(1).max(MAX_BATCH),
        ...Options,
      }),
      response: { 200: z.object({ results: z.array(ScreeningResult) }), 503: ErrorBody, ...errors },
    },
  }, async (req) => {
    const b = req.body;
    const items = b.entities.map((e, i) => {
      const { subjectKey, ...entity } = e;
      return { entity: toQueryEntity(entity, `entities.${i}`), ...(subjectKey ? { subjectKey } : {}) };
    });
    const results = await screenBatch(ctx, req.principal, items, {
      ...(b.profile ? { profile: b.profile } : {}),
      ...(b.exclusions ? { exclusions: b.exclusions } : {}),
      ...(b.limit ? { limit: b.limit } : {}),
    });
    return { results };
  });
}
