import type {
  AuditRecord,
  CaseDetail,
  CaseSummary,
  DeliveryView,
  LiveSourceStatus,
  BusHealth,
  Principal,
  TopicTrend,
  TransparencyReport,
  UserView,
  VerifyResult,
  WebhookView,
} from './types.js';

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

let csrf: string | null = null;

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrf) headers['x-csrf-token'] = csrf;
  const res = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  if (res.status === 204 || res.status === 202) return undefined as T;
  const data = (await res.json().catch(() => ({}))) as { error?: string };
  if (!res.ok) throw new ApiError(res.status, data.error ?? res.statusText);
  return data as T;
}

const qs = (o: Record<string, string | number | undefined>): string => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(o)) if (v !== undefined && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
};

export interface CaseQuery {
  status?: string;
  minSeverity?: string;
  kind?: string;
  topic?: string;
  targetType?: string;
  protectedEntity?: string;
  assignee?: string;
  sort?: 'severity' | 'recent';
  limit?: number;
  offset?: number;
}

export interface Reasoning {
  target: string;
  intent: string;
  conditionality: string;
  context: string;
  specificity: string;
}

/** A typed client for the review service API (same origin, session cookie + CSRF token). */
export const api = {
  async login(username: string, password: string): Promise<Principal> {
    const r = await call<{ user: UserView; csrfToken: string }>('POST', '/v1/auth/login', {
      username,
      password,
    });
    csrf = r.csrfToken;
    return { kind: 'user', id: r.user.id, username: r.user.username, role: r.user.role };
  },
  async me(): Promise<Principal | null> {
    try {
      const r = await call<{ principal: Principal; csrfToken: string | null }>('GET', '/v1/auth/me');
      csrf = r.csrfToken;
      return r.principal;
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return null;
      throw e;
    }
  },
  logout: () => call<void>('POST', '/v1/auth/logout'),
  cases: (q: CaseQuery) => call<{ cases: CaseSummary[]; total: number }>('GET', `/v1/cases${qs({ ...q })}`),
  case: (id: number) => call<CaseDetail>('GET', `/v1/cases/${id}`),
  act: (id: number, body: Record<string, unknown>) =>
    call<CaseDetail>('POST', `/v1/cases/${id}/actions`, body),
  reveal: (id: number, justification: string) =>
    call<{ author: string; keyId: string }>('POST', `/v1/cases/${id}/reveal`, { justification }),
  sources: () => call<{ sources: LiveSourceStatus[]; bus: BusHealth | null }>('GET', '/v1/sources'),
  trends: (topic?: string) =>
    call<{ minAuthorsPerCell: number; topics: TopicTrend[] }>('GET', `/v1/trends${qs({ topic })}`),
  transparency: () => call<TransparencyReport>('GET', '/v1/transparency'),
  audit: (q: { action?: string; actor?: string; target?: string; before?: number; limit?: number }) =>
    call<{ records: AuditRecord[] }>('GET', `/v1/audit${qs(q)}`),
  verifyAudit: () => call<VerifyResult>('GET', '/v1/audit/verify'),
  users: () => call<{ users: UserView[] }>('GET', '/v1/users'),
  addUser: (username: string, role: string, password: string) =>
    call<{ user: UserView }>('POST', '/v1/users', { username, role, password }),
  changeUser: (username: string, body: { role?: string; disabled?: true }) =>
    call<{ user: UserView }>('PATCH', `/v1/users/${encodeURIComponent(username)}`, body),
  webhooks: () => call<{ webhooks: WebhookView[] }>('GET', '/v1/webhooks'),
  addWebhook: (name: string, url: string, minSeverity: string) =>
    call<{ webhook: WebhookView; secret: string }>('POST', '/v1/webhooks', { name, url, minSeverity }),
  deleteWebhook: (id: number) => call<void>('DELETE', `/v1/webhooks/${id}`),
  deliveries: (status?: string) =>
    call<{ deliveries: DeliveryView[] }>('GET', `/v1/webhook-deliveries${qs({ status })}`),
  replay: (id: number) => call<void>('POST', `/v1/webhook-deliveries/${id}/replay`),
};
