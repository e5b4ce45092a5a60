/** The words of the case workflow. No imports: the dashboard bundles this file. */
export const CASE_STATUSES = [
  'open',
  'escalated',
  'confirmed',
  'referral_pending',
  'referred',
  'dismissed',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const DISMISS_REASONS = [
  'hyperbole',
  'figurative',
  'quote_or_news',
  'fiction_or_gaming',
  'criticism_or_protest',
  'negated_or_condemning',
  'no_identifiable_target',
  'duplicate',
  'other',
] as const;
