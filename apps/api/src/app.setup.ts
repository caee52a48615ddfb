import * as fs from 'node:fs';
import * as path from 'node:path';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import helmet from 'helmet';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { publicUrlIsHttps } from './common/public-https';
import { buildOpenApiDocument } from './openapi/openapi-document';
import { CSV_TYPE, DIRECTORY_FILE_MAX_BYTES, XLSX_TYPE } from './directory/directory-import.controller';
import { AllExceptionsFilter, AppConfig, APP_CONFIG, AppException, CORRELATION_HEADER, correlationId, createValidationPipe, inputGuardHook } from '@app/core';

/** Fastify with our request ids, a modest JSON body limit and proxy awareness. */
export function createFastifyAdapter(trustProxy = false): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit: 1024 * 1024,
    trustProxy,
    genReqId: (req: import('node:http').IncomingMessage) => {
      const id = correlationId(req);
      (req as unknown as { id: string }).id = id;
      return id;
    },
    ajv: { customOptions: { strict: false } },
  });
}

/** Routes whose JSON bodies may exceed the 1 MiB default. */
const LARGE_BODY_ROUTES: Record<string, number> = { '/api/v1/cases/bulk': 16 * 1024 * 1024 };

/** Everything main.ts and the tests both need, so tests run the app exactly as it ships. */
export async function configureApp(app: NestFastifyApplication): Promise<void> {
  const config = app.get<AppConfig>(APP_CONFIG);
  app.useLogger(app.get(Logger));
  app.useGlobalFilters(new AllExceptionsFilter());
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  app.enableCors({
    origin: config.corsOrigins.length ? config.corsOrigins : false,
    credentials: false,
    exposedHeaders: [CORRELATION_HEADER, 'content-disposition'],
  });
  const fastify = app.getHttpAdapter().getInstance();
  // The bulk case import takes up to 10,000 records in one JSON body: more than the 1 MiB default.
  fastify.addHook('onRoute', (route) => {
    const limit = LARGE_BODY_ROUTES[route.url];
    if (limit) route.bodyLimit = limit;
  });
  fastify.addHook('onRequest', (req, reply, done) => {
    reply.header(CORRELATION_HEADER, req.id);
    done();
  });
  // The security headers (helmet) are the same on every response of a kind, so helmet's middleware is
  // built once here (@fastify/helmet builds it anew for each request, a measurable share of a fast
  // read) — twice: `upgrade-insecure-requests` and HSTS only when the public address is https. Sent
  // over a plain-http intranet address (http://10.x.x.x:3000) they make the browser rewrite every
  // asset to https, and the page stays blank.
  const directives = {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    frameAncestors: ["'none'"],
  };
  const httpsHeaders = helmet({ contentSecurityPolicy: { directives } });
  const httpHeaders = helmet({ contentSecurityPolicy: { directives: { ...directives, upgradeInsecureRequests: null } }, strictTransportSecurity: false });
  fastify.addHook('onRequest', (req, reply, done) =>
    (publicUrlIsHttps(config, req) ? httpsHeaders : httpHeaders)(req.raw, reply.raw, done as (err?: unknown) => void),
  );
  // NUL characters in any text (body, query, route parameters) and JSON nested absurdly deep are
  // refused here, once for every route, before a pipe or DTO sees them (libs/core input-guard.ts).
  fastify.addHook('preValidation', inputGuardHook());

  // The directory import takes the xlsx/CSV file itself as the body (POST /api/v1/directory/import).
  fastify.addContentTypeParser([XLSX_TYPE, CSV_TYPE], { parseAs: 'buffer', bodyLimit: DIRECTORY_FILE_MAX_BYTES }, (_req, body, done) => done(null, body));

  // The web app's refresh token arrives as a cookie (POST /api/v1/auth/refresh); nothing else reads cookies.
  await app.register(cookie as never);

  // Uploads (POST /api/v1/attachments): one file, streamed; busboy stops at UPLOAD_MAX_BYTES.
  await app.register(multipart as never, {
    limits: { fileSize: config.uploadMaxBytes, files: 1, fields: 5, fieldSize: 1024, fieldNameSize: 100, parts: 6, headerPairs: 100 },
  });

  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  await serveWeb(app, config);
}

/** Vite's content-hashed output: `assets/<name>-<hash>.<ext>` (plus the pre-compressed .br/.gz beside it). */
const HASHED_ASSET = /^assets[/\\][^/\\]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+(\.br|\.gz)?$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Serves the built web app at `/`, with index.html for client-side routes. */
async function serveWeb(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  const index = path.join(config.webDistDir, 'index.html');
  const hasWeb = fs.existsSync(index);
  if (hasWeb) {
    // Vite names every file under assets/ by its content hash: a new build is a new name, so those are
    // cached for a year; anything else (favicon…) and index.html are revalidated on every load. The
    // build leaves a .br and a .gz beside each text asset (vite.config.ts), sent as they are when the
    // browser accepts them — nothing is compressed per request.
    await app.register(fastifyStatic as never, {
      root: config.webDistDir,
      prefix: '/',
      wildcard: false,
      index: false,
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply: { header: (k: string, v: string) => unknown }, file: string) =>
        reply.header('cache-control', HASHED_ASSET.test(path.relative(config.webDistDir, file)) ? IMMUTABLE : 'no-cache'),
    });
  }
  const sendIndex = (reply: { header: (k: string, v: string) => unknown; type: (t: string) => { send: (b: unknown) => unknown } }) =>
    hasWeb
      ? (reply.header('cache-control', 'no-cache'), reply.type('text/html; charset=utf-8').send(fs.readFileSync(index)))
      : reply
          .type('text/html; charset=utf-8')
          .send('<!doctype html><meta charset="utf-8"><title>司法建议一件事</title><p>The web app is not built. Run <code>npm run build:web</code>.</p>');
  fastify.get('/', (_req, reply) => sendIndex(reply as never));
  fastify.get('/*', (req, reply) => {
    if (req.url.startsWith('/api/') || req.url.startsWith('/health')) {
      // Answered by the same filter as every other error (Chinese message, correlation id): Fastify's own handler would not.
      return new AllExceptionsFilter().catch(AppException.notFound('Route'), {
        switchToHttp: () => ({ getRequest: () => req, getResponse: () => reply }),
      } as never);
    }
    return sendIndex(reply as never);
  });
}
