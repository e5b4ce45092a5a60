import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/core/analyze.js';
import { loadResources } from '../src/adapters/models/file-models.js';
import { evaluate, parseLabelled } from '../src/pipeline/evaluate.js';

// Quality gates over whole labelled files: a change that loses threats or raises protected speech
// fails here before it ships. Thresholds are the bars, or a little below them for our own sets.
const analyze = createAnalyzer(loadResources());
const load = (name: string) => {
  const raw = readFileSync(join(import.meta.dirname, '..', 'data', name));
  return parseLabelled((name.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8')).posts;
};

describe('assessment quality', () => {
  it('dev suite: recall ≥ 0.95 over the alert categories, ≤ 3% false alerts over the others', () => {
    const r = evaluate(load('dev/threat-dev.tsv'), analyze);
    expect(r.recall).toBeGreaterThanOrEqual(0.95);
    expect(r.falseAlertRate).toBeLessThanOrEqual(0.03);
  });

  it.each([
    'eval/challenge.tsv',
    'eval/challenge-2.tsv',
    'eval/challenge-3.tsv',
    'eval/challenge-4.tsv',
    'eval/challenge-5.tsv',
    'eval/challenge-6.tsv',
    'eval/challenge-7.tsv',
    'eval/challenge-8.tsv',
  ])('%s: recall ≥ 0.9, false alerts ≤ 3%, AUC ≥ 0.95', (file) => {
    const r = evaluate(load(file), analyze);
    expect(r.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.falseAlertRate).toBeLessThanOrEqual(0.03);
    expect(r.auc).toBeGreaterThanOrEqual(0.95);
  });

  it('every labelled post of every set is analysed to the end (a failure would score as a miss)', () => {
    const dir = join(import.meta.dirname, '..', 'data', 'eval');
    const files = readdirSync(dir).filter((f) => /\.(tsv|jsonl\.gz)$/.test(f));
    expect(files.length).toBeGreaterThan(60);
    for (const f of files) expect(evaluate(load(`eval/${f}`), analyze).failures).toEqual([]);
  });

  it('a post whose analysis fails is reported with its error, not only counted as a miss', () => {
    const failing: typeof analyze = (post) => ({ ...analyze(post), errors: ['threat: TypeError: boom'] });
    const r = evaluate(
      [{ category: 'direct', expectAlert: true, text: 'I am going to stab the mayor' }],
      failing,
    );
    expect(r.failures).toEqual([
      { category: 'direct', text: 'I am going to stab the mayor', errors: ['threat: TypeError: boom'] },
    ]);
  });

  it("Gab's held-out fold (real posts, its call-for-violence labels): AUC ≥ 0.90", () => {
    // (the fold `npm run train` keeps out of the shipped model's training)
    const r = evaluate(load('eval/gab-heldout.jsonl.gz'), analyze);
    expect(r.auc).toBeGreaterThanOrEqual(0.9);
    expect(r.falseAlertRate).toBeLessThanOrEqual(0.01);
  });

  it('the same words score the same whoever they are about (engine and model together)', () => {
    const groups = [
      'protesters',
      'police',
      'immigrants',
      'journalists',
      'Muslims',
      'Jews',
      'liberals',
      'conservatives',
    ];
    for (const tpl of [
      'the {g} deserve to die',
      'these {g} are vermin and somebody should deal with them',
      'I hate the {g} and I want them voted out',
      'Police say a man threatened to kill the {g}',
    ]) {
      const scores = groups.map((g) => analyze({ id: 'x', text: tpl.replace('{g}', g) }).threat.score);
      expect(new Set(scores).size, `${tpl}: ${scores.join(' ')}`).toBe(1);
    }
  });

  it('every alert carries reasons and spans inside the text', () => {
    for (const p of load('dev/threat-dev.tsv')) {
      const a = analyze({ id: 'x', text: p.text });
      if (!a.alert) continue;
      expect(a.threat.reasons.length).toBeGreaterThan(0);
      expect(
        a.threat.spans.some((s) => s.label === 'target' || s.label === 'act' || s.label === 'menace'),
      ).toBe(true);
      for (const s of a.threat.spans) {
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(p.text.length);
        expect(s.end).toBeGreaterThan(s.start);
      }
    }
  });
});
