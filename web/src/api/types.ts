// The API's shapes, taken from the server's own types so the client cannot drift from them.
export type { CaseSummary, CaseDetail, CaseEvent } from '../../../src/review/cases.js';
export type { CaseStatus } from '../../../src/review/case-vocabulary.js';
export type { Principal, UserView } from '../../../src/review/accounts.js';
export type { AuditRecord, VerifyResult } from '../../../src/review/audit-log.js';
export type { TransparencyReport } from '../../../src/review/transparency.js';
export type { WebhookView, DeliveryView } from '../../../src/review/webhooks.js';
export type { TopicTrend, TrendCell } from '../../../src/pipeline/trends.js';
export type { Role } from '../../../src/review/permissions.js';
export type { ReviewEvent } from '../../../src/review/events.js';
export { DISMISS_REASONS } from '../../../src/review/case-vocabulary.js';
export type { LiveSourceStatus } from '../../../src/ports/live-source.js';
export type { BusHealth } from '../../../src/ports/work-bus.js';
