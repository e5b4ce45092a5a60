import type { Role } from './api/types.js';

const CASE_WORK: Role[] = ['triage', 'analyst', 'supervisor'];
export const can = {
  workCases: (r: Role) => CASE_WORK.includes(r),
  confirm: (r: Role) => r === 'analyst' || r === 'supervisor',
  reveal: (r: Role) => r === 'analyst' || r === 'supervisor',
  export: (r: Role) => r === 'analyst' || r === 'supervisor',
  refer: (r: Role) => r === 'analyst' || r === 'supervisor',
  approve: (r: Role) => r === 'supervisor',
  trends: (r: Role) => CASE_WORK.includes(r) || r === 'admin',
  audit: (r: Role) => r === 'auditor',
  admin: (r: Role) => r === 'admin',
};

export interface NavItem {
  path: string;
  label: string;
}

/** What each role sees in the navigation: an auditor sees the audit log and reports, not cases. */
export function navFor(role: Role): NavItem[] {
  const items: NavItem[] = [];
  if (can.workCases(role)) items.push({ path: '/queue', label: 'Queue' });
  if (can.trends(role)) items.push({ path: '/trends', label: 'Trends' });
  if (can.audit(role)) items.push({ path: '/audit', label: 'Audit log' });
  items.push({ path: '/transparency', label: 'Transparency' });
  if (can.admin(role))
    items.push({ path: '/users', label: 'Users' }, { path: '/webhooks', label: 'Webhooks' });
  return items;
}

export function homeFor(role: Role): string {
  return navFor(role)[0]!.path;
}
