import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', 'bin', 'brightline');
const FIX = join(import.meta.dirname, 'fixtures');

function scan(
  args: string[],
  input?: string | Buffer,
): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, [BIN, 'scan', ...args], {
    input,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON checked field by field below
type Json = any;
const jsonl = (s: string): Record<string, Json>[] =>
  s
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

describe('brightline scan: the command-line contract', () => {
  it.each([
    ['generic.jsonl', ['g1', 'g2'], [true, false], 'generic'],
    [
      'jetstream.jsonl',
      ['at://did:plc:abc/app.bsky.feed.post/3kaaa', 'at://did:plc:def/app.bsky.feed.post/3kbbb'],
      [true, false],
      'bluesky',
    ],
    [
      'mastodon.jsonl',
      ['https://m.example/users/bob/statuses/1001', 'https://m.example/users/eve/statuses/1002'],
      [true, false],
      'mastodon',
    ],
    ['reddit.jsonl', ['t1_c1', 't3_s1'], [true, false], 'reddit'],
    ['x.jsonl', ['1850000000000000001', '1850000000000000002'], [true, false], 'x'],
  ])('%s from stdin: one contract object per post, in order', (file, ids, alerts, source) => {
    const r = scan(['-', '--format', 'jsonl', '--all', '--no-db'], readFileSync(join(FIX, file)));
    expect(r.status).toBe(0);
    const out = jsonl(r.stdout);
    expect(out.map((o) => o.id)).toEqual(ids);
    expect(out.map((o) => o.alert)).toEqual(alerts);
    for (const o of out) {
      expect(o.source).toBe(source);
      expect(o.threat).toMatchObject({
        score: expect.any(Number),
        severity: expect.any(String),
        reasons: expect.any(Array),
        spans: expect.any(Array),
        modelVersion: expect.any(String),
      });
      expect(o.threat.score).toBeGreaterThanOrEqual(0);
      expect(o.threat.score).toBeLessThanOrEqual(1);
      expect(typeof o.selfHarm).toBe('boolean');
      expect(['negative', 'neutral', 'positive']).toContain(o.sentiment.label);
      expect(o.pii).toMatchObject({ kinds: expect.any(Array), redactedText: expect.any(String) });
      if (o.alert) {
        expect(o.threat.target.text.length).toBeGreaterThan(0);
        expect(o.threat.spans.length).toBeGreaterThan(0);
      }
    }
  });

  it('converts Mastodon HTML to text and reads the X note_tweet long text', () => {
    const m = jsonl(
      scan(['-', '--format', 'jsonl', '--all', '--no-db'], readFileSync(join(FIX, 'mastodon.jsonl'))).stdout,
    );
    expect(m[1]!.pii.redactedText).toBe('Vigil at the courthouse at 8 & bring candles #peace');
    const x = jsonl(
      scan(['-', '--format', 'jsonl', '--all', '--no-db'], readFileSync(join(FIX, 'x.jsonl'))).stdout,
    );
    expect(x[0]!.threat.target.text).toMatch(/Reyes|you/);
  });

  it('spans point at the words as posted, through obfuscation', () => {
    const text = 'ok so i will s h o o t the sen@t0r tmrw';
    const [o] = jsonl(
      scan(['-', '--format', 'jsonl', '--no-db'], JSON.stringify({ id: 'o1', text }) + '\n').stdout,
    );
    const act = o!.threat.spans.find((s: Json) => s.label === 'act');
    expect(text.slice(act.start, act.end)).toBe('s h o o t');
    expect(
      text.slice(o!.threat.spans.find((s: Json) => s.label === 'target').start).startsWith('sen@t0r'),
    ).toBe(true);
  });

  it('reads CSV with --text-column/--id-column and gzip input', () => {
    const c = jsonl(
      scan([
        join(FIX, 'posts.csv'),
        '--format',
        'jsonl',
        '--all',
        '--no-db',
        '--text-column',
        'body',
        '--id-column',
        'post_id',
      ]).stdout,
    );
    expect(c.map((o) => [o.id, o.alert])).toEqual([
      ['p1', true],
      ['p2', false],
    ]);
    const g = jsonl(scan([join(FIX, 'posts.jsonl.gz'), '--format', 'jsonl', '--all', '--no-db']).stdout);
    expect(g.map((o) => [o.id, o.alert])).toEqual([
      ['z1', true],
      ['z2', false],
    ]);
  });

  it('skips valid non-posts and counts them', () => {
    const r = scan(
      ['-', '--format', 'jsonl', '--all', '--no-db'],
      readFileSync(join(FIX, 'jetstream.jsonl')),
    );
    expect(r.stderr).toMatch(/2 posts analysed, 3 skipped, 0 rejected = 5 lines read/);
  });

  it('prints only alerts without --all, and CSV with a header', () => {
    const only = jsonl(
      scan(['-', '--format', 'jsonl', '--no-db'], readFileSync(join(FIX, 'generic.jsonl'))).stdout,
    );
    expect(only.map((o) => o.id)).toEqual(['g1']);
    const csv = scan(['-', '--format', 'csv', '--all', '--no-db'], readFileSync(join(FIX, 'generic.jsonl')))
      .stdout.trim()
      .split('\n');
    expect(csv[0]).toMatch(/^id,source,alert,severity,score/);
    expect(csv).toHaveLength(3);
  });

  it('--min-severity raises the threshold', () => {
    const input = JSON.stringify({ id: 'w', text: 'those agents deserve to die' }) + '\n';
    expect(jsonl(scan(['-', '--format', 'jsonl', '--no-db'], input).stdout)).toHaveLength(1);
    expect(
      jsonl(scan(['-', '--format', 'jsonl', '--no-db', '--min-severity', 'critical'], input).stdout),
    ).toHaveLength(0);
  });
});

describe('brightline scan: bad input loses nothing', () => {
  it('rejects each bad line with a reason and goes on; the count identity holds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-'));
    const rejects = join(dir, 'rejects.jsonl');
    const big = JSON.stringify({ id: 'big', text: 'x'.repeat(5 * 1024 * 1024) });
    const input = Buffer.concat([
      Buffer.from('{"id":"a","text":"I will shoot the judge"}\n'),
      Buffer.from('{"id":"b", broken\n'),
      Buffer.from('{"id":"c","text":"   "}\n'),
      Buffer.from('{"id":"d"}\n'),
      Buffer.from([0x7b, 0x22, 0x69, 0x64, 0x22, 0x3a, 0xff, 0xfe, 0x7d, 0x0a]),
      Buffer.from(big + '\n'),
      Buffer.from('{"id":"e","text":"hello"}\n'),
    ]);
    const r = scan(['-', '--format', 'jsonl', '--all', '--no-db', '--rejects', rejects], input);
    expect(r.status).toBe(0);
    expect(jsonl(r.stdout).map((o) => o.id)).toEqual(['a', 'e']);
    expect(r.stderr).toMatch(/2 posts analysed, 0 skipped, 5 rejected = 7 lines read/);
    const rej = jsonl(readFileSync(rejects, 'utf8'));
    expect(rej.map((x) => x.line)).toEqual([2, 3, 4, 5, 6]);
    expect(rej.map((x) => x.reason)).toEqual([
      expect.stringMatching(/malformed JSON/),
      'post has no text',
      'no text field',
      'invalid UTF-8',
      expect.stringMatching(/line longer than/),
    ]);
  });

  it('an empty input completes with a note, a binary file is rejected line by line', () => {
    const e = scan(['-', '--no-db'], '');
    expect(e.status).toBe(0);
    expect(e.stderr).toMatch(/input is empty/);
    const b = scan(
      ['-', '--no-db', '--format', 'jsonl', '--input-format', 'jsonl'],
      Buffer.from([0x00, 0x01, 0x02, 0x0a, 0x00, 0xff]),
    );
    expect(b.status).toBe(0);
    expect(b.stderr).toMatch(/0 posts analysed, 0 skipped, 2 rejected = 2 lines read/);
  });

  it('exit 1 when the input cannot be read, 2 on a usage error', () => {
    expect(scan(['/no/such/file.jsonl', '--no-db']).status).toBe(1);
    expect(scan(['-', '--format', 'yaml']).status).toBe(2);
  });
});

describe('brightline scan --db', () => {
  it('stores alerts redacted and pseudonymised, never non-alerts, and nothing twice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-'));
    const db = join(dir, 'alerts.db');
    const input =
      [
        { id: '1', text: 'I will kill Judge Ward tonight, his number is 602-555-0188', author: 'angry_guy' },
        { id: '2', text: 'What a lovely day at the beach', author: 'sunny' },
        {
          id: '3',
          text: 'Somebody should shoot the sheriff',
          author: 'angry_guy',
          createdAt: '2026-11-28T10:15:00Z',
        },
      ]
        .map((p) => JSON.stringify(p))
        .join('\n') + '\n';
    expect(scan(['-', '--db', db, '--format', 'jsonl'], input).status).toBe(0);
    const second = scan(['-', '--db', db, '--format', 'jsonl'], input);
    expect(second.stderr).toMatch(/0 new alerts, 2 already stored/);
    const sql = new Database(db, { readonly: true });
    const rows = sql
      .prepare('select post_id, redacted_text, pii_kinds, author_hash from alerts order by post_id')
      .all() as Json[];
    expect(rows.map((r) => r.post_id)).toEqual(['1', '3']);
    expect(rows[0].redacted_text).toBe('I will kill Judge Ward tonight, his number is [PHONE]');
    expect(JSON.parse(rows[0].pii_kinds)).toEqual(['phone']);
    expect(rows[0].author_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0].author_hash).toBe(rows[1].author_hash);
    expect(JSON.stringify(rows)).not.toContain('angry_guy');
    expect(JSON.stringify(sql.prepare('select * from alerts').all())).not.toContain('lovely day');
    const agg = sql.prepare('select sum(posts) as posts from hourly_aggregates').get() as Json;
    expect(agg.posts).toBe(3);
    sql.close();
  });
});

describe('brightline --help', () => {
  it('answers quickly from the repo root', () => {
    const out = execFileSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
    expect(out).toMatch(/scan/);
    expect(out).toMatch(/eval/);
  });
});

describe('brightline eval', () => {
  it('prints per-category rates, recall, false alert rate, precision and AUC', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-'));
    const f = join(dir, 'l.tsv');
    writeFileSync(
      f,
      'category\texpect\ttext\ndirect\talert\tI am going to stab the mayor\nnegated\tno_alert\tI would never hurt anyone\n',
    );
    const out = execFileSync(process.execPath, [BIN, 'eval', f, '--json'], { encoding: 'utf8' });
    const r = JSON.parse(out);
    expect(r.recall).toBe(1);
    expect(r.falseAlertRate).toBe(0);
    expect(r.auc).toBe(1);
    expect(r.categories.map((c: Json) => c.category)).toEqual(['direct', 'negated']);
  });
});
