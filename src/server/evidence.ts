import type { CaseDetail } from '../review/cases.js';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text for HTML: post content is always shown as text, never markup. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (ch) => ESC[ch]!);

/** The evidence record of a case: the post as captured (redacted), its hash, assessment and history. */
export function evidenceJson(c: CaseDetail, exportedBy: string, exportedAt: string): Record<string, unknown> {
  return {
    format: 'brightline-evidence/1',
    exportedAt,
    exportedBy,
    case: {
      id: c.id,
      status: c.status,
      legalHold: c.legalHold,
      assignee: c.assignee,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
      dismissReason: c.dismissReason,
    },
    post: {
      source: c.source,
      postId: c.postId,
      url: c.url,
      postedAt: c.postedAt,
      capturedAt: c.capturedAt,
      textRedacted: c.text,
      textSha256: c.textSha256,
      piiKinds: c.piiKinds,
      authorPseudonym: c.authorPseudonym,
    },
    assessment: {
      severity: c.severity,
      score: c.score,
      kind: c.kind,
      target: c.target,
      protectedEntity: c.protectedEntity,
      reasons: c.reasons,
      evidence: c.evidence.map((e) => ({ ...e, text: c.text.slice(e.start, e.end) })),
      modelVersion: c.modelVersion,
    },
    reviewerReasoning: c.events
      .filter((e) => e.type === 'refer' || e.type === 'approve-referral')
      .map((e) => ({ at: e.at, reviewer: e.actor, step: e.type, ...e.details })),
    history: c.events,
  };
}

function highlighted(text: string, evidence: CaseDetail['evidence']): string {
  const spans = [...evidence].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    out += escapeHtml(text.slice(at, s.start));
    out += `<mark title="${escapeHtml(s.label)}">${escapeHtml(text.slice(s.start, s.end))}</mark>`;
    at = s.end;
  }
  return out + escapeHtml(text.slice(at));
}

/** A printable page of the same record. Every value is escaped. */
export function evidenceHtml(c: CaseDetail, exportedBy: string, exportedAt: string): string {
  const row = (k: string, v: unknown): string =>
    `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v === null || v === undefined ? '—' : String(v))}</td></tr>`;
  const reasoning = c.events
    .filter((e) => e.type === 'refer' || e.type === 'approve-referral')
    .map((e) => {
      const r = (e.details.reasoning ?? {}) as Record<string, string>;
      return `<h3>${escapeHtml(e.type === 'refer' ? 'Referral requested' : 'Referral approved')} by ${escapeHtml(e.actor ?? 'system')}, ${escapeHtml(e.at)}</h3><table>${Object.entries(
        r,
      )
        .map(([k, v]) => row(k, v))
        .join('')}</table>`;
    })
    .join('');
  const history = c.events
    .map(
      (e) =>
        `<tr><td>${escapeHtml(e.at)}</td><td>${escapeHtml(e.actor ?? 'system')}</td><td>${escapeHtml(e.type)}</td><td>${escapeHtml(JSON.stringify(e.details))}</td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Brightline evidence — case ${c.id}</title>
<style>body{font:14px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;color:#111}
blockquote{white-space:pre-wrap;border-left:4px solid #999;padding:.5rem 1rem;background:#f6f6f6}
mark{background:#ffe08a;text-decoration:underline}th{text-align:left;padding-right:1rem;vertical-align:top}
td,th{border-bottom:1px solid #ddd;padding:.25rem .5rem}table{border-collapse:collapse;width:100%}</style>
</head><body>
<h1>Case ${c.id}: possible threat — needs review</h1>
<p>Exported ${escapeHtml(exportedAt)} by ${escapeHtml(exportedBy)}. Personal data in the post is redacted.</p>
<h2>Post as captured</h2>
<blockquote>${highlighted(c.text, c.evidence)}</blockquote>
<table>${row('SHA-256 of the text as captured', c.textSha256)}${row('Source', c.source)}${row('Post id', c.postId)}${row('URL', c.url)}${row('Posted', c.postedAt)}${row('Captured', c.capturedAt)}${row('Personal data found', c.piiKinds.join(', ') || 'none')}${row('Author (pseudonym)', c.authorPseudonym)}</table>
<h2>Assessment</h2>
<table>${row('Severity', c.severity)}${row('Score', c.score)}${row('Kind', c.kind)}${row('Target', c.target ? `${c.target.text} (${c.target.type})` : null)}${row('Protected entity', c.protectedEntity)}${row('Model version', c.modelVersion)}${row('Status', c.status)}${row('Legal hold', c.legalHold ? 'yes' : 'no')}</table>
<h3>Reasons</h3><ul>${c.reasons.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>
<h2>Reviewers' reasoning</h2>${reasoning || '<p>No referral.</p>'}
<h2>History</h2><table><tr><th>When</th><th>Who</th><th>What</th><th>Details</th></tr>${history}</table>
</body></html>
`;
}
