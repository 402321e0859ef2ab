/**
 * The HTTP API: Fastify with Zod schemas that validate every request and produce the OpenAPI
 * document (`/openapi.json`, browsable at `/docs`). Routes live one module per domain in
 * ./routes/*.ts; each exports `default async function (app: ApiApp, ctx: AppContext)` and is
 * mounted under /api (a module may export `prefix` to mount elsewhere, as health does).
 * Route handlers only translate HTTP to calls into the core.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyServerOptions,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../app/context.js';
import { errorHandler } from './errors.js';
import { authHook, defaultAuthenticator, type Authenticator } from './auth.js';

export type ApiApp = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

export interface RouteModule {
  default(app: ApiApp, ctx: AppContext): Promise<void>;
  /** Mount point; defaults to "/api". */
  prefix?: string;
}

export interface ServerOptions {
  logger?: FastifyServerOptions['logger'];
  /** Largest accepted JSON body in bytes (default 8 MiB: a batch of 1,000 entities fits). */
  bodyLimit?: number;
  /** Largest uploaded file for batch jobs in bytes (default 512 MiB). */
  fileLimit?: number;
  /** Replaces src/auth/http.ts (tests of the API alone). */
  authenticator?: Authenticator;
  /** The console's built files; served when the folder exists (default web/dist). */
  webDir?: string;
}

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROUTES = path.join(HERE, 'routes');
const ROOT = path.resolve(HERE, '..', '..');

/** Where the console's built files are looked for (`npm run build` in web/ puts them there). */
export const WEB_DIST = path.join(ROOT, 'web', 'dist');

export async function buildServer(ctx: AppContext, opts: ServerOptions = {}): Promise<ApiApp> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: opts.bodyLimit ?? 8 * 1024 * 1024,
    // The request id is ours, not the caller's: it goes into logs and the audit record.
    genReqId: () => crypto.randomUUID(),
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);

  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: opts.fileLimit ?? 512 * 1024 * 1024, files: 1, fields: 20 } });

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Atalaya API', version: '1', description: 'Screening, lists, batch jobs, monitoring, alerts and cases. Every route except the health checks needs an API key (`Authorization: Bearer KEY` or `X-API-Key: KEY`).' },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
        },
      },
      security: [{ bearer: [] }, { apiKey: [] }],
    },
    transform: jsonSchemaTransform,
  });
  // swagger-ui serves its own bundled assets from node_modules: nothing from a CDN. Its routes
  // declare no config; they are documentation, so public.
  await app.register(async (docs) => {
    docs.addHook('onRoute', makePublic);
    await docs.register(swaggerUi, { routePrefix: '/docs', uiConfig: { docExpansion: 'list' } });
  });
  app.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());

  const auth = opts.authenticator ?? defaultAuthenticator;
  app.addHook('onRequest', authHook(ctx.db, auth));

  for (const mod of await loadRouteModules()) {
    await app.register(async (scoped) => mod.default(scoped as unknown as ApiApp, ctx), { prefix: mod.prefix ?? '/api' });
  }

  const webDir = opts.webDir ?? WEB_DIST;
  const hasWeb = fs.existsSync(path.join(webDir, 'index.html'));
  if (hasWeb) {
    await app.register(async (web) => {
      web.addHook('onRoute', makePublic);
      await web.register(fastifyStatic, { root: webDir, wildcard: false, decorateReply: false });
    });
  }
  app.setNotFoundHandler((request, reply) => {
    // The console is a single-page app: unknown GETs outside /api get its index.html.
    if (hasWeb && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.type('text/html; charset=utf-8').send(fs.createReadStream(path.join(webDir, 'index.html')));
    }
    return reply.status(404).send({ error: 'not_found', message: `no route ${request.method} ${request.url.split('?')[0]}` });
  });
  return app as unknown as ApiApp;
}

function makePublic(route: { config?: object }): void {
  route.config = { ...(route.config ?? {}), public: true };
}

/** Every route module in ./routes, in name order. */
export async function loadRouteModules(): Promise<RouteModule[]> {
  const files = fs.readdirSync(ROUTES).filter((f) => /\.ts$/.test(f) && !f.endsWith('.test.ts') && !f.endsWith('.d.ts')).sort();
  const out: RouteModule[] = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(path.join(ROUTES, f)).href)) as RouteModule;
    if (typeof mod.default !== 'function') throw new Error(`src/api/routes/${f} has no default export (async function (app, ctx))`);
    out.push(mod);
  }
  return out;
}
