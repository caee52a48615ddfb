import { INestApplication, Type } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { IS_PUBLIC, PERSON_ONLY, ROLES_KEY } from '@app/identity';
import { errorResponse } from './api-errors.decorator';
import { ErrorResponseDto } from './error-response.dto';
import { WEBHOOK_MODELS, webhooksSection } from './webhooks.doc';

/** `SuggestionsController.list` → `suggestions_list`: stable, unique (one method per name per controller). */
export function operationId(controllerKey: string, methodKey: string): string {
  const area = controllerKey.replace(/Controller$/, '');
  return `${area.charAt(0).toLowerCase()}${area.slice(1)}_${methodKey}`;
}

interface RouteFacts {
  isPublic: boolean;
  checksRoles: boolean;
}

/** What the global guard will ask of each handler, by operation id (read from the same metadata the guard reads). */
function routeFacts(app: INestApplication): Map<string, RouteFacts> {
  const facts = new Map<string, RouteFacts>();
  for (const mod of app.get(ModulesContainer).values()) {
    for (const wrapper of mod.controllers.values()) {
      const type = wrapper.metatype as Type | null;
      if (!type) continue;
      for (const key of Object.getOwnPropertyNames(type.prototype)) {
        const handler = type.prototype[key];
        if (key === 'constructor' || typeof handler !== 'function') continue;
        const meta = (k: string) => Reflect.getMetadata(k, handler) ?? Reflect.getMetadata(k, type);
        const roles = meta(ROLES_KEY) as unknown[] | undefined;
        facts.set(operationId(type.name, key), { isPublic: meta(IS_PUBLIC) === true, checksRoles: !!roles?.length || meta(PERSON_ONLY) === true });
      }
    }
  }
  return facts;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** The error responses every route answers by its nature, added where the route did not name them itself. */
function addCommonErrors(doc: OpenAPIObject, facts: Map<string, RouteFacts>): void {
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const f = facts.get(op.operationId ?? '');
      const params = (op.parameters ?? []) as Array<{ in?: string }>;
      const statuses = new Set<number>();
      if (!f?.isPublic) statuses.add(401);
      if (f?.checksRoles) statuses.add(403);
      if (path.includes('{')) statuses.add(404);
      if (op.requestBody || params.some((p) => p.in === 'query')) statuses.add(400);
      if (op.requestBody) statuses.add(413);
      if (path.startsWith('/api/')) statuses.add(503);
      for (const status of statuses) op.responses[status] ??= errorResponse(status);
      // Every error response names the one error schema.
      for (const [status, res] of Object.entries(op.responses)) {
        if (Number(status) >= 400 && res && !('$ref' in res))
          op.responses[status] = { ...errorResponse(Number(status)), ...res, content: errorResponse(0).content };
      }
      op.responses = sortKeys(op.responses);
    }
  }
}

function sortKeys<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b))) as T;
}

/** The api's OpenAPI document, as served at /api/docs-json and committed as apps/api/openapi.json. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('司法建议“一件事” API')
    .setDescription(
      'The closed loop of judicial suggestions: courts draft, sign off and issue; agencies sign for, reply and report; supervisors watch. ' +
        'Every error is an ErrorResponseDto {statusCode, code, message, details?, correlationId}. ' +
        'Webhook payloads (sent to the organizations’ own systems, signed) are described under `x-webhooks`.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'A user access JWT, or an organization API token (sjt_…)' })
    .build();
  const doc = SwaggerModule.createDocument(app, config, { operationIdFactory: operationId, extraModels: [ErrorResponseDto, ...WEBHOOK_MODELS] });
  addCommonErrors(doc, routeFacts(app));
  (doc as unknown as Record<string, unknown>)['x-webhooks'] = webhooksSection();
  if (doc.components?.schemas) doc.components.schemas = sortKeys(doc.components.schemas);
  return doc;
}

/** Problems that make the document fall short of the contract's own rules (empty = fine). */
export function contractProblems(doc: OpenAPIObject): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const where = `${method.toUpperCase()} ${path}`;
      if (!op.operationId) problems.push(`${where}: no operationId`);
      else if (ids.has(op.operationId)) problems.push(`${where}: operationId ${op.operationId} used twice`);
      else ids.add(op.operationId);
      if (!/^[^/]*[\u3400-\u9fff][^/]* \/ .*[A-Za-z]/.test(op.summary ?? ''))
        problems.push(`${where}: summary must read "中文 / English", is "${op.summary ?? ''}"`);
      if (path.startsWith('/api/') && !Object.keys(op.responses).some((s) => Number(s) >= 400)) problems.push(`${where}: no error response`);
      const success = Object.entries(op.responses).filter(([s]) => Number(s) < 400);
      if (!success.length) problems.push(`${where}: no success response`);
      for (const [status, res] of success)
        if (status !== '204' && res && !('$ref' in res) && !res.content && path.startsWith('/api/')) problems.push(`${where}: ${status} documents no body`);
    }
  }
  return problems;
}
