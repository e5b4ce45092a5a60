/**
 * `npm run bench`: scan throughput and memory on real tweets (../shared/data/bench/tweets.txt,
 * cycled to 200,000 posts), next to the cost of only reading and parsing the same JSONL file.
 * Run on an idle machine; compare the ratios within one run (absolute numbers vary).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync, createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createAnalyzer } from '../src/core/analyze.js';
import { normalizeText } from '../src/core/normalize.js';
import { tokenize } from '../src/core/tokens.js';
import { detectPii } from '../src/core/pii.js';
import { extractFeatures } from '../src/core/features.js';
import { lexiconSentiment } from '../src/core/sentiment.js';
import { loadResources } from '../src/adapters/models/file-models.js';
import { FileSource } from '../src/adapters/sources/file-source.js';
import { runScan } from '../src/pipeline/scan.js';

const ROOT = join(import.meta.dirname, '..');
const CORPUS = [
  join(ROOT, '..', 'shared', 'data', 'bench', 'tweets.txt'),
  join(ROOT, 'data', 'bench', 'tweets.txt'),
].find(existsSync);
if (!CORPUS) throw new Error('bench corpus not found: ../shared/data/bench/tweets.txt');
const N = Number(process.env.BENCH_POSTS ?? 200_000);
const OUT = join(ROOT, 'bench', 'out');
mkdirSync(OUT, { recursive: true });

const tweets = readFileSync(CORPUS, 'utf8')
  .split('\n')
  .filter((l) => l.trim());
function writeInput(n: number): string {
  const path = join(OUT, `posts-${n}.jsonl`);
  if (!existsSync(path)) {
    const lines: string[] = [];
    for (let i = 0; i < n; i++)
      lines.push(JSON.stringify({ id: `b${i}`, text: tweets[i % tweets.length], author: `u${i % 5000}` }));
    writeFileSync(path, lines.join('\n') + '\n');
  }
  return path;
}

async function readParse(path: string): Promise<number> {
  const t0 = performance.now();
  let n = 0;
  const rl = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const line of rl) {
    const o = JSON.parse(line) as { text: string };
    if (o.text) n++;
  }
  return n / ((performance.now() - t0) / 1000);
}

async function scanInProcess(path: string): Promise<{ rate: number; peakRss: number; alerts: number }> {
  const analyze = createAnalyzer(loadResources());
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const s = await runScan({ source: new FileSource({ path }), analyze });
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { rate: s.postsPerSecond, peakRss: peak, alerts: s.alerts };
}

function stage(name: string, texts: string[], fn: (t: string) => unknown): [string, number] {
  const t0 = performance.now();
  for (const t of texts) fn(t);
  return [name, texts.length / ((performance.now() - t0) / 1000)];
}

const fmt = (x: number): string => Math.round(x).toLocaleString('en');
const mb = (x: number): string => `${(x / 1048576).toFixed(0)} MB`;

const path = writeInput(N);
const path2 = writeInput(N * 2);
const lines: string[] = [];
const log = (s: string): void => {
  console.log(s);
  lines.push(s);
};
log(`Brightline scan benchmark — ${new Date().toISOString()} — node ${process.version}`);
log(`input: ${fmt(N)} posts (real tweets, cycled), JSONL`);
const baseline = await readParse(path);
log(`read + JSON.parse only:            ${fmt(baseline)} posts/s`);
const full = await scanInProcess(path);
log(
  `scan, all analysis, one process:   ${fmt(full.rate)} posts/s  (${(baseline / full.rate).toFixed(1)}× the parse cost), peak RSS ${mb(full.peakRss)}, ${full.alerts} alerts`,
);
const full2 = await scanInProcess(path2);
log(
  `scan of ${fmt(N * 2)} posts:            ${fmt(full2.rate)} posts/s, peak RSS ${mb(full2.peakRss)} (memory flat: ${(full2.peakRss / full.peakRss).toFixed(2)}× for 2× input)`,
);

const res = loadResources();
const sample = tweets.slice(0, 50_000);
const analyze = createAnalyzer(res);
const analyzeNoSentiment = createAnalyzer(res, { sentimentOff: true });
const manyTopics = Array.from({ length: 20 }, (_, t) => ({
  name: `topic${t}`,
  keywords: Array.from({ length: 100 }, (_, k) => `term${t}x${k}`).concat(t === 0 ? ['police', 'vote'] : []),
}));
const analyzeTopics = createAnalyzer(res, { topics: manyTopics });
log('per stage, on 50,000 tweets (posts/s, each stage alone):');
for (const [name, rate] of [
  stage('normalise + tokenise', sample, (t) => tokenize(normalizeText(t), t)),
  stage('PII detection', sample, (t) => detectPii(t)),
  stage('features (hashing)', sample, (t) => extractFeatures(tokenize(normalizeText(t), t), t)),
  stage('lexicon sentiment', sample, (t) =>
    lexiconSentiment(tokenize(normalizeText(t), t), t, res.vaderLexicon),
  ),
  stage('whole analyze()', sample, (t) => analyze({ id: 'x', text: t })),
] as const)
  log(`  ${name.padEnd(24)} ${fmt(rate)}`);
// Interleave the with/without runs so machine noise falls on both alike
const withS: number[] = [];
const withoutS: number[] = [];
const withTopics: number[] = [];
for (let round = 0; round < 3; round++) {
  withS.push(stage('', sample, (t) => analyze({ id: 'x', text: t }))[1]);
  withoutS.push(stage('', sample, (t) => analyzeNoSentiment({ id: 'x', text: t }))[1]);
  withTopics.push(stage('', sample, (t) => analyzeTopics({ id: 'x', text: t }))[1]);
}
const best = (xs: number[]): number => Math.max(...xs);
log(
  `sentiment's share of the per-post cost: +${((best(withoutS) / best(withS) - 1) * 100).toFixed(1)}% (analyze() ${fmt(best(withS))}/s with, ${fmt(best(withoutS))}/s without)`,
);
log(
  `20 topics × 100 terms: ${fmt(best(withTopics))}/s (${((best(withS) / best(withTopics) - 1) * 100).toFixed(1)}% more per post)`,
);

const cli = spawnSync(
  process.execPath,
  [join(ROOT, 'bin', 'brightline'), 'scan', path, '--format', 'jsonl', '--no-db', '--no-progress'],
  { encoding: 'utf8', maxBuffer: 1 << 30 },
);
const m = /([\d,]+) posts\/s.*peak memory (\d+) MB/.exec(cli.stderr);
log(
  `CLI end to end (scan FILE --format jsonl --no-db, alerts to stdout): ${m ? `${m[1]} posts/s, peak RSS ${m[2]} MB` : 'n/a'}`,
);
const cli2 = spawnSync(
  process.execPath,
  [join(ROOT, 'bin', 'brightline'), 'scan', path2, '--format', 'jsonl', '--no-db', '--no-progress'],
  { encoding: 'utf8', maxBuffer: 1 << 30 },
);
const m2 = /([\d,]+) posts\/s.*peak memory (\d+) MB/.exec(cli2.stderr);
log(`CLI end to end on ${fmt(N * 2)} posts: ${m2 ? `${m2[1]} posts/s, peak RSS ${m2[2]} MB` : 'n/a'}`);
writeFileSync(join(OUT, 'last-run.txt'), lines.join('\n') + '\n');
