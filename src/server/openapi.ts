import { z } from 'zod';
import { CaseAction, CaseFilter } from '../review/cases.js';
import { WebhookInput } from '../review/webhooks.js';

type Op = {
  summary: string;
  permission?: string;
  body?: z.ZodType;
  bodyType?: string;
  query?: z.ZodObject;
  responses: Record<string, string>;
};

const json = (s: z.ZodType): unknown => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' });

const OPS: Record<string, Record<string, Op>> = {
  '/healthz': {
    get: {
      summary: 'Liveness: 200 once the service is ready',
      responses: { 200: 'ready', 503: 'starting or stopping' },
    },
  },
  '/readyz': {
    get: { summary: 'Readiness: 200 while taking work', responses: { 200: 'ready', 503: 'not ready' } },
  },
  '/openapi.json': { get: { summary: 'This document', responses: { 200: 'OpenAPI 3.1' } } },
  '/v1/auth/login': {
    post: {
      summary: 'Sign in; sets the session cookie and returns the CSRF token',
      body: z.object({ username: z.string(), password: z.string() }),
      responses: { 200: 'signed in', 401: 'wrong username or password', 429: 'too many failures' },
    },
  },
  '/v1/auth/logout': { post: { summary: 'End the session', responses: { 204: 'signed out' } } },
  '/v1/auth/me': {
    get: {
      summary: 'Who is signed in, with the CSRF token',
      responses: { 200: 'principal', 401: 'not signed in' },
    },
  },
  '/v1/auth/password': {
    post: {
      summary: 'Change your password (ends your sessions)',
      body: z.object({ currentPassword: z.string(), newPassword: z.string() }),
      responses: { 204: 'changed', 400: 'too short', 403: 'current password wrong' },
    },
  },
  '/v1/posts': {
    post: {
      summary: 'Ingest posts: a JSON array or NDJSON of any format scan reads; answered item by item',
      permission: 'posts:ingest',
      bodyType: 'application/x-ndjson',
      responses: {
        200: 'nothing new accepted',
        202: 'accepted for analysis',
        400: 'body unreadable',
        413: 'body too large',
        503: 'pipeline behind: retry after Retry-After; nothing taken',
      },
    },
  },
  '/v1/posts/stats': {
    get: { summary: 'Ingestion counters', permission: 'posts:ingest', responses: { 200: 'counters' } },
  },
  '/v1/cases': {
    get: {
      summary: 'The case queue, filtered and sorted (audited)',
      permission: 'cases:read',
      query: CaseFilter,
      responses: { 200: 'cases' },
    },
  },
  '/v1/cases/{id}': {
    get: {
      summary: 'One case with its history (audited)',
      permission: 'cases:read',
      responses: { 200: 'case', 404: 'no case' },
    },
  },
  '/v1/cases/{id}/actions': {
    post: {
      summary:
        'Claim, assign, note, dismiss, escalate, confirm, close, hold, refer, approve or reject a referral',
      permission: 'depends on the action',
      body: CaseAction,
      responses: { 200: 'case after the action', 403: 'role may not', 409: 'not allowed in this status' },
    },
  },
  '/v1/cases/{id}/reveal': {
    post: {
      summary:
        "Reveal this case's author handle (analyst or above, with a justification; audited, refusals too)",
      permission: 'cases:reveal',
      body: z.object({ justification: z.string() }),
      responses: { 200: 'handle', 400: 'justification missing', 403: 'role may not', 409: 'no author' },
    },
  },
  '/v1/cases/{id}/export': {
    get: {
      summary: 'Evidence export as JSON or printable HTML (audited)',
      permission: 'cases:export',
      query: z.object({ format: z.enum(['json', 'html']).optional() }),
      responses: { 200: 'evidence' },
    },
  },
  '/v1/stream': {
    get: {
      summary: 'Server-Sent Events: alert, case',
      permission: 'feed:read',
      responses: { 200: 'text/event-stream' },
    },
  },
  '/v1/users': {
    get: { summary: 'Users', permission: 'users:manage', responses: { 200: 'users' } },
    post: {
      summary: 'Add a user',
      permission: 'users:manage',
      body: z.object({ username: z.string(), role: z.string(), password: z.string() }),
      responses: { 201: 'created', 409: 'exists' },
    },
  },
  '/v1/users/{username}': {
    patch: {
      summary: 'Change role or disable (audited)',
      permission: 'users:manage',
      body: z.object({ role: z.string().optional(), disabled: z.literal(true).optional() }),
      responses: { 200: 'user', 404: 'no user' },
    },
  },
  '/v1/tokens': {
    get: { summary: 'API tokens', permission: 'tokens:manage', responses: { 200: 'tokens' } },
    post: {
      summary: 'Create an API token (shown once)',
      permission: 'tokens:manage',
      body: z.object({ name: z.string(), role: z.string() }),
      responses: { 201: 'token' },
    },
  },
  '/v1/tokens/{id}': {
    delete: { summary: 'Revoke a token', permission: 'tokens:manage', responses: { 204: 'revoked' } },
  },
  '/v1/webhooks': {
    get: {
      summary: 'Webhooks with delivery counts',
      permission: 'webhooks:manage',
      responses: { 200: 'webhooks' },
    },
    post: {
      summary: 'Add a webhook (secret shown once)',
      permission: 'webhooks:manage',
      body: WebhookInput,
      responses: { 201: 'webhook' },
    },
  },
  '/v1/webhooks/{id}': {
    delete: { summary: 'Remove a webhook', permission: 'webhooks:manage', responses: { 204: 'removed' } },
  },
  '/v1/webhook-deliveries': {
    get: {
      summary: 'Deliveries; status=dead is the dead-letter list',
      permission: 'webhooks:manage',
      query: z.object({
        status: z.enum(['pending', 'delivered', 'dead']).optional(),
        webhookId: z.number().optional(),
      }),
      responses: { 200: 'deliveries' },
    },
  },
  '/v1/webhook-deliveries/{id}/replay': {
    post: {
      summary: 'Replay a dead delivery',
      permission: 'webhooks:manage',
      responses: { 202: 'queued', 404: 'no dead delivery' },
    },
  },
  '/v1/keys/rotate': {
    post: {
      summary: 'Rotate the author key (old cases stay revealable)',
      permission: 'keys:rotate',
      responses: { 200: 'new key id' },
    },
  },
  '/v1/retention/run': {
    post: {
      summary: 'Run the retention purge now (audited)',
      permission: 'retention:run',
      responses: { 200: 'purge report' },
    },
  },
  '/v1/audit': {
    get: {
      summary: 'Audit records, newest first (no post content)',
      permission: 'audit:read',
      responses: { 200: 'records' },
    },
  },
  '/v1/audit/verify': {
    get: { summary: 'Verify the hash chain', permission: 'audit:read', responses: { 200: 'result' } },
  },
  '/v1/transparency': {
    get: {
      summary: 'Transparency report: counts only',
      permission: 'transparency:read',
      responses: { 200: 'report' },
    },
  },
  '/v1/sources': {
    get: {
      summary:
        'Live sources (state, lag, last event, events/s, reconnects, malformed frames) and, scaled out, the work bus (backlog, pending, consumers, dead letters)',
      permission: 'sources:read',
      responses: { 200: 'sources' },
    },
  },
  '/v1/trends': {
    get: {
      summary: 'Hourly aggregates per topic; small cells suppressed',
      permission: 'trends:read',
      responses: { 200: 'trends' },
    },
  },
};

/** The OpenAPI 3.1 document for every route (a test checks it against the router). */
export function openApiDocument(version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [path, methods] of Object.entries(OPS)) {
    paths[path] = {};
    for (const [method, op] of Object.entries(methods)) {
      const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => ({
        name: m[1],
        in: 'path',
        required: true,
        schema: { type: 'string' },
      }));
      const query = op.query
        ? Object.keys(op.query.shape).map((name) => ({ name, in: 'query', required: false, schema: {} }))
        : [];
      paths[path][method] = {
        summary: op.summary,
        ...(op.permission
          ? { 'x-permission': op.permission, security: [{ session: [] }, { bearer: [] }] }
          : {}),
        ...(params.length + query.length ? { parameters: [...params, ...query] } : {}),
        ...(op.body
          ? { requestBody: { required: true, content: { 'application/json': { schema: json(op.body) } } } }
          : op.bodyType
            ? {
                requestBody: {
                  required: true,
                  content: {
                    'application/json': { schema: { type: 'array' } },
                    [op.bodyType]: { schema: { type: 'string' } },
                  },
                },
              }
            : {}),
        responses: Object.fromEntries(
          Object.entries({
            ...op.responses,
            ...(op.permission ? { 401: 'no credentials', 403: 'role may not' } : {}),
          }).map(([code, description]) => [code, { description }]),
        ),
      };
    }
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Brightline review service', version },
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'brightline_session' },
        bearer: { type: 'http', scheme: 'bearer' },
      },
    },
    paths,
  };
}
