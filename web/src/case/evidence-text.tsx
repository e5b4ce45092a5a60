import type { ReactNode } from 'react';

const PII = /\[(SSN|PHONE|EMAIL|ADDRESS|CARD|IP)\]/g;

/** Redaction marks ([PHONE] …) shown as marks, not as text someone might read as content. */
function withRedactions(text: string, key: string): ReactNode[] {
  const out: ReactNode[] = [];
  let at = 0;
  for (const m of text.matchAll(PII)) {
    if (m.index > at) out.push(text.slice(at, m.index));
    out.push(
      <span key={`${key}-${m.index}`} className="redacted" title={`${m[1]!.toLowerCase()} redacted`}>
        {m[1]!.toLowerCase()} redacted
      </span>,
    );
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/**
 * The post as text (React escapes it; nothing is ever parsed as HTML), with each evidence span
 * marked and labelled by what it shows.
 */
export function EvidenceText({
  text,
  evidence,
}: {
  text: string;
  evidence: { start: number; end: number; label: string }[];
}) {
  const cuts = new Set<number>([0, text.length]);
  for (const e of evidence) {
    cuts.add(Math.max(0, Math.min(text.length, e.start)));
    cuts.add(Math.max(0, Math.min(text.length, e.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const parts: ReactNode[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    const labels = [...new Set(evidence.filter((e) => e.start <= a && e.end >= b).map((e) => e.label))];
    const piece = text.slice(a, b);
    parts.push(
      labels.length ? (
        <mark key={a} data-labels={labels.join(' ')} title={labels.join(', ')}>
          {withRedactions(piece, String(a))}
          <span className="mark-label">{labels.join(' · ')}</span>
        </mark>
      ) : (
        <span key={a}>{withRedactions(piece, String(a))}</span>
      ),
    );
  }
  return (
    <blockquote className="post-text" data-testid="post-text">
      {parts}
    </blockquote>
  );
}
