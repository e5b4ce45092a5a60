import pc from 'picocolors';
import { stringify } from 'csv-stringify/sync';
import type { Analysis } from '../core/analyze.js';
import type { Post, Span } from '../core/post.js';
import type { Severity } from '../core/threat/assess.js';

/** The command-line contract object (threat-assessment.md), plus where the post came from. */
export function toJsonRecord(post: Post, a: Analysis): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: a.id,
    source: post.source,
    alert: a.alert,
    threat: a.threat,
    selfHarm: a.selfHarm,
    sentiment: a.sentiment,
    pii: a.pii,
    topics: a.topics,
  };
  if (a.errors) out.errors = a.errors;
  return out;
}

export const CSV_COLUMNS = [
  'id',
  'source',
  'alert',
  'severity',
  'score',
  'kind',
  'target',
  'target_type',
  'self_harm',
  'sentiment',
  'compound',
  'pii_kinds',
  'reasons',
  'redacted_text',
];

export function csvHeader(): string {
  return stringify([CSV_COLUMNS]);
}

export function toCsvRow(post: Post, a: Analysis): string {
  const t = a.threat;
  return stringify([
    [
      a.id,
      post.source,
      a.alert,
      t.severity,
      t.score,
      t.kind ?? '',
      t.target?.text ?? '',
      t.target?.type ?? '',
      a.selfHarm,
      a.sentiment.label,
      a.sentiment.compound,
      a.pii.kinds.join(' '),
      t.reasons.join('; '),
      a.pii.redactedText,
    ],
  ]);
}

const SEV_COLOR: Record<Severity, (s: string) => string> = {
  none: pc.dim,
  low: pc.cyan,
  medium: pc.yellow,
  high: (s) => pc.bold(pc.red(s)),
  critical: (s) => pc.bold(pc.white(pc.bgRed(s))),
};

/**
 * The alert as people read it: coloured severity, the evidence words highlighted in the post,
 * personal data masked, the reasons below.
 */
export function toTableBlock(post: Post, a: Analysis, piiSpans: readonly Span[]): string {
  const t = a.threat;
  const sev = SEV_COLOR[t.severity](` ${t.severity.toUpperCase()} `);
  const head = `${sev} ${pc.bold(t.kind ?? '')}  score ${t.score.toFixed(2)}  target ${t.target ? `${pc.bold(t.target.text)} (${t.target.type})` : '—'}  ${pc.dim(`${post.source} ${post.id}`)}`;
  const text = highlight(post.text, t.spans, piiSpans);
  const reasons = t.reasons.map((r) => `  • ${r}`).join('\n');
  const selfHarm = a.selfHarm ? `\n  ${pc.magenta('self-harm risk: route to support')}` : '';
  return `${head}\n  ${pc.dim('possible threat — needs review')}\n  ${text.replace(/\n/g, '\n  ')}\n${reasons}${selfHarm}\n`;
}

/** Marks evidence spans (underlined, by label) and replaces personal data with its kind. */
export function highlight(text: string, spans: readonly Span[], pii: readonly Span[]): string {
  const marks: { at: number; open: boolean; span: Span; pii: boolean }[] = [];
  for (const s of spans)
    marks.push(
      { at: s.start, open: true, span: s, pii: false },
      { at: s.end, open: false, span: s, pii: false },
    );
  let out = '';
  let at = 0;
  const piiSorted = [...pii].sort((x, y) => x.start - y.start);
  const active = new Set<Span>();
  const styled = (s: string): string => {
    if (active.size === 0) return s;
    const lowered = [...active].some((x) => ['negation', 'reported', 'hypothetical'].includes(x.label));
    return lowered ? pc.dim(pc.underline(s)) : pc.bold(pc.underline(pc.yellow(s)));
  };
  const points = [
    ...new Set([0, text.length, ...marks.map((m) => m.at), ...piiSorted.flatMap((p) => [p.start, p.end])]),
  ].sort((x, y) => x - y);
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    for (const m of marks) {
      if (m.at !== from) continue;
      if (m.open) active.add(m.span);
      else active.delete(m.span);
    }
    if (from < at) continue;
    const p = piiSorted.find((x) => x.start <= from && x.end > from);
    if (p) {
      out += pc.inverse(`[${p.label.toUpperCase()}]`);
      at = p.end;
      continue;
    }
    out += styled(text.slice(from, to));
    at = to;
  }
  return out;
}
