import type { Analyzer } from '../core/analyze.js';

export interface LabelledPost {
  category: string;
  expectAlert: boolean;
  text: string;
}

export interface CategoryFigures {
  category: string;
  expect: 'alert' | 'no_alert';
  n: number;
  alerts: number;
  alertRate: number;
}

export interface EvalReport {
  n: number;
  recall: number;
  falseAlertRate: number;
  precision: number;
  auc: number;
  categories: CategoryFigures[];
  missed: { category: string; score: number; severity: string; text: string }[];
  falseAlerts: { category: string; score: number; severity: string; text: string; reasons: string[] }[];
  /** Posts whose analysis failed in part (their figures count what survived); all of them, not the worst. */
  failures: { category: string; text: string; errors: string[] }[];
}

/** Area under the ROC curve by the rank-sum method, ties averaged. */
export function rocAuc(scores: readonly number[], labels: readonly boolean[]): number {
  const idx = scores.map((s, i) => ({ s, y: labels[i]! })).sort((a, b) => a.s - b.s);
  let rankSum = 0;
  let pos = 0;
  for (let i = 0; i < idx.length;) {
    let j = i;
    while (j < idx.length && idx[j]!.s === idx[i]!.s) j++;
    const avg = (i + j + 1) / 2;
    for (let m = i; m < j; m++) {
      if (!idx[m]!.y) continue;
      rankSum += avg;
      pos++;
    }
    i = j;
  }
  const neg = idx.length - pos;
  return pos === 0 || neg === 0 ? NaN : (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

/** Runs the analyzer over labelled posts and measures it. */
export function evaluate(posts: readonly LabelledPost[], analyze: Analyzer, worst = 5): EvalReport {
  const cats = new Map<string, CategoryFigures>();
  const scores: number[] = [];
  const labels: boolean[] = [];
  let tp = 0;
  let fp = 0;
  let pos = 0;
  let neg = 0;
  const missed: EvalReport['missed'] = [];
  const falseAlerts: EvalReport['falseAlerts'] = [];
  const failures: EvalReport['failures'] = [];
  posts.forEach((p, i) => {
    const a = analyze({ id: String(i + 1), text: p.text });
    if (a.errors) failures.push({ category: p.category, text: p.text, errors: a.errors });
    scores.push(a.threat.score);
    labels.push(p.expectAlert);
    let c = cats.get(p.category);
    if (!c)
      cats.set(
        p.category,
        (c = {
          category: p.category,
          expect: p.expectAlert ? 'alert' : 'no_alert',
          n: 0,
          alerts: 0,
          alertRate: 0,
        }),
      );
    c.n++;
    if (a.alert) c.alerts++;
    if (p.expectAlert) {
      pos++;
      if (a.alert) tp++;
      else
        missed.push({
          category: p.category,
          score: a.threat.score,
          severity: a.threat.severity,
          text: p.text,
        });
    } else {
      neg++;
      if (a.alert) {
        fp++;
        falseAlerts.push({
          category: p.category,
          score: a.threat.score,
          severity: a.threat.severity,
          text: p.text,
          reasons: a.threat.reasons,
        });
      }
    }
  });
  for (const c of cats.values()) c.alertRate = c.alerts / c.n;
  missed.sort((a, b) => a.score - b.score);
  falseAlerts.sort((a, b) => b.score - a.score);
  return {
    n: posts.length,
    recall: pos ? tp / pos : NaN,
    falseAlertRate: neg ? fp / neg : NaN,
    precision: tp + fp ? tp / (tp + fp) : NaN,
    auc: rocAuc(scores, labels),
    categories: [...cats.values()].sort(
      (a, b) => a.expect.localeCompare(b.expect) || a.category.localeCompare(b.category),
    ),
    missed: missed.slice(0, worst),
    falseAlerts: falseAlerts.slice(0, worst),
    failures,
  };
}

const ALERT_WORDS = new Set(['alert', '1', 'true', 'yes', 'threat']);
const NO_ALERT_WORDS = new Set(['no_alert', 'no-alert', '0', 'false', 'no', 'none']);

/** Parses a labelled file: TSV `category<TAB>expect<TAB>text` (header optional) or JSONL. */
export function parseLabelled(content: string): { posts: LabelledPost[]; errors: string[] } {
  const posts: LabelledPost[] = [];
  const errors: string[] = [];
  content.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim()) return;
    if (line.trimStart().startsWith('{')) {
      try {
        const o = JSON.parse(line) as Record<string, unknown>;
        const e = String(o.expect ?? o.label ?? '').toLowerCase();
        if (typeof o.text !== 'string' || (!ALERT_WORDS.has(e) && !NO_ALERT_WORDS.has(e)))
          throw new Error('needs "text" and "expect" (alert|no_alert)');
        posts.push({
          category: String(o.category ?? (ALERT_WORDS.has(e) ? 'alert' : 'no_alert')),
          expectAlert: ALERT_WORDS.has(e),
          text: o.text,
        });
      } catch (err) {
        errors.push(`line ${i + 1}: ${(err as Error).message}`);
      }
      return;
    }
    const [category, expect, ...rest] = line.split('\t');
    const e = (expect ?? '').toLowerCase();
    if (i === 0 && category === 'category') return;
    if (!rest.length || (!ALERT_WORDS.has(e) && !NO_ALERT_WORDS.has(e))) {
      errors.push(`line ${i + 1}: expected "category<TAB>alert|no_alert<TAB>text"`);
      return;
    }
    posts.push({ category: category!, expectAlert: ALERT_WORDS.has(e), text: rest.join('\t') });
  });
  return { posts, errors };
}
