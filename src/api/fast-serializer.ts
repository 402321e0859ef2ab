/**
 * Response serialisation for hot routes. fastify-type-provider-zod's serializer re-validates
 * every response with Zod before JSON.stringify: a second walk over data the core built and
 * typed itself. Here the route's Zod response schema is turned into JSON Schema once, at start,
 * and compiled with fast-json-stringify (Fastify's own serializer): the same fields, in the same
 * shape, written in one pass. The Zod schema stays the route's `schema.response`, so the OpenAPI
 * document is unchanged. A schema that does not convert falls back to the Zod serializer.
 */
import fastJson from 'fast-json-stringify';
import { z } from 'zod';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';

type ZodCompilerInput = Parameters<typeof zodSerializerCompiler>[0];
type CompilerInput = { schema: unknown; method: string; url: string };

/** A JSON serialiser for data of this Zod schema (objects keep only the schema's fields). */
export function fastSerializer(schema: z.ZodType): (data: unknown) => string {
  const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'output', unrepresentable: 'throw' }) as Record<string, unknown>;
  delete json.$schema;
  return fastJson(json as unknown as Parameters<typeof fastJson>[0]);
}

/** Use as a route's `serializerCompiler`. */
export function fastSerializerCompiler(input: CompilerInput): (data: unknown) => string {
  if (input.schema instanceof z.ZodType) {
    try {
      return fastSerializer(input.schema);
    } catch {
      /* not representable in JSON Schema: keep the Zod serializer */
    }
  }
  return zodSerializerCompiler(input as ZodCompilerInput);
}
