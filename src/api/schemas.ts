/**
 * Request and response schemas shared by route modules. Strict objects: an unknown field is an
 * error that names it, not something silently ignored.
 */
import { z } from 'zod';
import { MATCHABLE } from '../model/schema.js';

export const PropertyName = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,49}$/, 'a property name is letters and digits, starting with a letter');

/** An FtM-shaped entity to screen: `{ id?, schema, properties: { name: ["..."], ... } }`. */
export const QueryEntity = z.strictObject({
  id: z.string().min(1).max(200).optional(),
  schema: z.enum(MATCHABLE as unknown as [string, ...string[]]),
  properties: z
    .record(PropertyName, z.array(z.string().max(1000)).max(100))
    .refine((p) => Object.keys(p).length <= 60, 'at most 60 properties'),
});
export type QueryEntity = z.infer<typeof QueryEntity>;

export const Exclusions = z.strictObject({
  entityIds: z.array(z.string().min(1).max(200)).max(1000).optional(),
  lists: z.array(z.string().min(1).max(100)).max(100).optional(),
});

export const ProfileName = z.string().min(1).max(40);

export const ErrorBody = z.object({ error: z.string(), message: z.string(), where: z.string().optional() });

export const Reason = z.object({
  feature: z.string(),
  text: z.string(),
  weight: z.number(),
  query: z.string().optional(),
  candidate: z.string().optional(),
  parts: z.array(z.object({ query: z.string(), candidate: z.string(), similarity: z.number() })).optional(),
});

export const ListedEntity = z.object({ id: z.string(), schema: z.string(), properties: z.record(z.string(), z.array(z.string())) });

export const Hit = z.object({
  entityId: z.string(),
  list: z.string(),
  version: z.number().nullable(),
  sourceId: z.string(),
  programme: z.array(z.string()),
  schema: z.string(),
  caption: z.string(),
  matchedName: z.string().nullable(),
  score: z.number(),
  band: z.enum(['none', 'review', 'block']),
  explanation: z.array(Reason),
  entity: ListedEntity,
});

export const ScreeningResult = z.object({
  id: z.string().nullable(),
  profile: z.string(),
  hits: z.array(Hit),
  suppressed: z.number(),
});

/** Standard error responses, for the OpenAPI document. */
export const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
};

export const DiffCounts = z.object({ added: z.number(), removed: z.number(), changed: z.number() });

export const VersionInfo = z.object({
  id: z.number(),
  list: z.string(),
  seq: z.number(),
  status: z.string(),
  importedAt: z.string(),
  sourceFile: z.string(),
  sourceSha256: z.string(),
  format: z.string(),
  entityCount: z.number(),
  publishedAt: z.string().nullable(),
  sameAsSeq: z.number().nullable(),
  previousSeq: z.number().nullable(),
  diff: DiffCounts,
  warnings: z.number(),
});

export const ListInfo = z.object({ id: z.string(), format: z.string(), createdAt: z.string(), versions: z.number(), active: VersionInfo.nullable() });

export const DiffEntry = z.object({ id: z.string(), caption: z.string(), change: z.string(), properties: z.array(z.string()) });

export const ListDiff = z.object({
  list: z.string(),
  from: z.number().nullable(),
  to: z.number(),
  counts: DiffCounts,
  added: z.array(DiffEntry),
  removed: z.array(DiffEntry),
  changed: z.array(DiffEntry),
});

export const Provenance = z.object({ list: z.string(), version: z.number().optional(), sourceId: z.string() });

export const StoredEntity = z.object({
  id: z.string(),
  schema: z.string(),
  properties: z.record(z.string(), z.array(z.string())),
  caption: z.string().optional(),
  provenance: Provenance.optional(),
  active: z.boolean().optional(),
});
