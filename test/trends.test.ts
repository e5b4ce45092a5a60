import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/core/analyze.js';
import type { Post } from '../src/core/post.js';
import type { PostSource, SourceItem } from '../src/ports/post-source.js';
import { SqlAlertStore } from '../src/adapters/stores/sql-alert-store.js';
import { runScan } from '../src/pipeline/scan.js';
import { buildTrends } from '../src/pipeline/trends.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'brightline');
const TOPICS = [{ name: 'elections', keywords: ['ballot'] }];

/** A known synthetic stream: `hours` hours, `authors` distinct authors each, two posts per author. */
function stream(
  hours: number,
  authors: number,
  start = Date.parse('2026-11-20T00:00:00Z'),
  prefix = 'p',
): Post[] {
  const posts: Post[] = [];
  for (let h = 0; h < hours; h++) {
    for (let a = 0; a < authors; a++) {
      for (let k = 0; k < 2; k++) {
        posts.push({
          id: `${prefix}${h}-${a}-${k}`,
          source: 'generic',
          author: `author${a}`,
          createdAt: new Date(start + h * 3_600_000 + a * 1000 + k).toISOString(),
          text: k === 0 ? 'my ballot was counted, great day' : 'awful traffic downtown again',
        });
      }
    }
  }
  return posts;
}

const sourceOf = (posts: Post[]): PostSource => ({
  name: 'memory',
  progress: () => ({ bytes: 0 }),
  async *items(): AsyncGenerator<SourceItem> {
    let line = 0;
    for (const post of posts) yield { kind: 'post', line: ++line, post };
  },
});

async function scanInto(store: SqlAlertStore, posts: Post[]): Promise<void> {
  const analyze = createAnalyzer(
    {
      vaderLexicon: new Map([
        ['great', 3.1],
        ['awful', -2.0],
      ]),
    },
    { topics: TOPICS },
  );
  await runScan({ source: sourceOf(posts), analyze, store });
}

describe('hourly aggregates', () => {
  it('are exact for counts and within the sketch error for authors', async () => {
    const store = await SqlAlertStore.open(':memory:');
    await scanInto(store, stream(3, 80));
    const all = await store.aggregates();
    expect(all.map((b) => b.posts)).toEqual([160, 160, 160]);
    expect(all.map((b) => b.sentiment.positive)).toEqual([80, 80, 80]);
    expect(all.map((b) => b.sentiment.negative)).toEqual([80, 80, 80]);
    for (const b of all) expect(Math.abs(b.authors - 80)).toBeLessThanOrEqual(4);
    const elections = await store.aggregates({ topic: 'elections' });
    expect(elections.map((b) => b.posts)).toEqual([80, 80, 80]);
    await store.close();
  });

  it('merging two stores’ buckets equals one store that saw everything', async () => {
    const a = await SqlAlertStore.open(':memory:');
    const b = await SqlAlertStore.open(':memory:');
    const one = await SqlAlertStore.open(':memory:');
    const first = stream(2, 60, undefined, 'x');
    const second = stream(2, 60, undefined, 'y'); // same authors and hours: the union is 60 per hour
    await scanInto(a, first);
    await scanInto(b, second);
    await scanInto(one, [...first, ...second]);
    await a.addAggregates('from-store-b', await b.aggregates({ topic: null }));
    const merged = await a.aggregates({ topic: null });
    const single = await one.aggregates({ topic: null });
    expect(
      merged.map(({ authorSketch: _s, ...rest }) => ({
        ...rest,
        compoundSum: Math.round(rest.compoundSum * 1e6),
      })),
    ).toEqual(
      single.map(({ authorSketch: _s, ...rest }) => ({
        ...rest,
        compoundSum: Math.round(rest.compoundSum * 1e6),
      })),
    );
    for (const s of [a, b, one]) await s.close();
  });

  it('cells under the author threshold are suppressed whole', async () => {
    const store = await SqlAlertStore.open(':memory:');
    await scanInto(store, [...stream(1, 70), ...stream(1, 12, Date.parse('2026-11-20T05:00:00Z'), 'q')]);
    const [all] = buildTrends(await store.aggregates(), 50);
    expect(all!.cells.map((c) => c.suppressed)).toEqual([false, true]);
    expect(all!.cells[1]).toEqual({ hour: '2026-11-20T05:00Z', suppressed: true });
    await store.close();
  });
});

describe('brightline trends', () => {
  it('prints series with suppression, as table, CSV, JSON and a PNG chart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-trends-'));
    const input = join(dir, 'in.jsonl');
    writeFileSync(
      input,
      [...stream(8, 60), ...stream(1, 5, Date.parse('2026-11-21T00:00:00Z'), 'z')]
        .map((p) => JSON.stringify(p))
        .join('\n') + '\n',
    );
    writeFileSync(join(dir, 'brightline.yaml'), 'topics:\n  - name: elections\n    keywords: [ballot]\n');
    const run = (args: string[]) =>
      spawnSync(process.execPath, [BIN, ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
    expect(run(['scan', input, '--db', join(dir, 't.db'), '--no-progress']).status).toBe(0);
    const table = run([
      'trends',
      '--db',
      join(dir, 't.db'),
      '--topic',
      'elections',
      '--png',
      join(dir, 'c.png'),
    ]);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/elections\s+9 hours, 1 suppressed \(< 50 authors\)/);
    expect(table.stdout).toMatch(/2026-11-21T00:00Z\s+< 50 authors: suppressed/);
    const png = readFileSync(join(dir, 'c.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const json = JSON.parse(run(['trends', '--db', join(dir, 't.db'), '--format', 'json']).stdout);
    expect(json.minAuthorsPerCell).toBe(50);
    expect(json.topics.map((t: { topic: string }) => t.topic)).toEqual(['*', 'elections']);
    const csv = run(['trends', '--db', join(dir, 't.db'), '--format', 'csv', '--topic', '*'])
      .stdout.trim()
      .split('\n');
    expect(csv[0]).toMatch(/^hour,topic,suppressed,posts,authors/);
    expect(csv).toHaveLength(10);
    // no cell below 10 authors can ever be configured
    writeFileSync(join(dir, 'brightline.yaml'), 'minAuthorsPerCell: 5\n');
    const bad = run(['trends', '--db', join(dir, 't.db')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/minAuthorsPerCell: must be at least 10/);
  });
});
