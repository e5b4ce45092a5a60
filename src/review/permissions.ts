/**
 * Roles and what each may do, from safeguards.md §9 (least privilege). Case work is a ladder
 * (triage < analyst < supervisor); the auditor reads the audit log and reports, never post content;
 * the admin runs the system (users, tokens, keys, webhooks, configuration) and sees no case content
 * by default. `ingest` is a role for machine tokens that may only push posts.
 */
export const ROLES = ['triage', 'analyst', 'supervisor', 'auditor', 'admin', 'ingest'] as const;
export type Role = (typeof ROLES)[number];
/** Roles a person can have (ingest is for machine tokens only). */
export const USER_ROLES = ['triage', 'analyst', 'supervisor', 'auditor', 'admin'] as const;

export const PERMISSIONS = [
  'posts:ingest',
  'cases:read',
  'cases:claim',
  'cases:note',
  'cases:dismiss',
  'cases:escalate',
  'cases:confirm',
  'cases:close',
  'cases:reveal',
  'cases:export',
  'cases:refer',
  'cases:approve-referral',
  'cases:assign',
  'cases:hold',
  'feed:read',
  'trends:read',
  'sources:read',
  'audit:read',
  'transparency:read',
  'users:manage',
  'tokens:manage',
  'webhooks:manage',
  'keys:rotate',
  'retention:run',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const TRIAGE: Permission[] = [
  'cases:read',
  'cases:claim',
  'cases:note',
  'cases:dismiss',
  'cases:escalate',
  'feed:read',
  'trends:read',
  'sources:read',
  'transparency:read',
];
const ANALYST: Permission[] = [
  ...TRIAGE,
  'cases:confirm',
  'cases:close',
  'cases:reveal',
  'cases:export',
  'cases:refer',
];
const SUPERVISOR: Permission[] = [...ANALYST, 'cases:approve-referral', 'cases:assign', 'cases:hold'];

const GRANTS: Record<Role, ReadonlySet<Permission>> = {
  triage: new Set(TRIAGE),
  analyst: new Set(ANALYST),
  supervisor: new Set(SUPERVISOR),
  auditor: new Set<Permission>(['audit:read', 'transparency:read']),
  admin: new Set<Permission>([
    'users:manage',
    'tokens:manage',
    'webhooks:manage',
    'keys:rotate',
    'retention:run',
    'transparency:read',
    'trends:read',
    'sources:read',
    'posts:ingest',
  ]),
  ingest: new Set<Permission>(['posts:ingest']),
};

/** Whether `role` may do `permission`. */
export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].has(permission);
}

export function isRole(v: string): v is Role {
  return (ROLES as readonly string[]).includes(v);
}
