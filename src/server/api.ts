import { createRoute, OpenAPIHono, z, type RouteConfig } from '@hono/zod-openapi';
import type { Context, TypedResponse } from 'hono';
import type { JSONValue } from 'hono/utils/types';
import type { ServerEnv } from './env.js';
import { ServerError } from './errors.js';

export { z };

const ErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.record(z.string(), z.unknown()) }),
}).openapi('Error');

const json = (description: string, schema: z.ZodType = z.unknown()) => ({ description, content: { 'application/json': { schema } } });

const ERRORS = {
  400: json('Invalid input', ErrorSchema),
  403: json('Missing or wrong CSRF token', ErrorSchema),
  404: json('Not found', ErrorSchema),
  409: json('Ambiguous reference or conflict', ErrorSchema),
};

/** A zod validation failure in the one error shape: each issue with its path and message. */
function invalid(error: z.ZodError): ServerError {
  const issues = error.issues.map((i) => ({ path: i.path.join('.'), message: i.message, code: i.code }));
  return new ServerError('request.invalid', { issues, summary: issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ') });
}

/** A router whose zod failures become the one error shape instead of zod's own. */
export function router(): OpenAPIHono<ServerEnv> {
  return new OpenAPIHono<ServerEnv>({
    defaultHook: (result) => {
      if (!result.success) throw invalid(result.error);
    },
  });
}

type Request = NonNullable<RouteConfig['request']>;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * One route of the OpenAPI document: its inputs are validated by zod; responses are
 * documented as JSON with the error shape beside them.
 */
export function route<M extends Method, P extends string, R extends Request>(method: M, path: P, summary: string, request: R, tag: string) {
  return createRoute({
    method, path, summary, tags: [tag], request,
    responses: { 200: json('OK'), ...ERRORS },
  });
}

/** A route answering a file to download, of this media type. */
export function fileRoute<P extends string, R extends Request>(path: P, summary: string, request: R, type: string, tag: string) {
  return createRoute({
    method: 'get', path, summary, tags: [tag], request,
    responses: { 200: { description: 'A file', content: { [type]: { schema: z.string() } } }, ...ERRORS },
  });
}

/**
 * JSON already serialized (from the cache) as a route's answer. The typed helpers want an
 * object to serialize; these bytes are one, already.
 */
export function jsonBytes(c: Context, bytes: Uint8Array): TypedResponse<JSONValue, 200, 'json'> {
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': 'application/json; charset=UTF-8' }) as unknown as TypedResponse<JSONValue, 200, 'json'>;
}

/** A JSON body schema, as the request part of a route. */
export const body = <T extends z.ZodType>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });

export const RefParam = z.object({ ref: z.string().min(1).openapi({ description: 'An id or a name fragment, as in the CLI' }) });
