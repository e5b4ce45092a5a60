import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { normalizeText } from '../../src/core/normalize.js';
import { tokenize } from '../../src/core/tokens.js';
import { lexiconSentiment, sentimentDense } from '../../src/core/sentiment.js';
import { loadVaderLexicon } from '../../src/adapters/models/file-models.js';
const lex = loadVaderLexicon();
for (const n of [
  'tweeteval-sentiment-val',
  'vader-tweets',
  'sentiment140-test',
  'tweeteval-emotion',
  'tweeteval-emoji',
  'tweeteval-offensive',
  'tweeteval-hate',
]) {
  const rows = gunzipSync(readFileSync(`../../../data/train/${n}.jsonl.gz`))
    .toString()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  const out = rows.map((r: { text: string }) => {
    const t = tokenize(normalizeText(r.text), r.text);
    return JSON.stringify({ d: sentimentDense(lexiconSentiment(t, r.text, lex)), w: t.map((x) => x.w) });
  });
  writeFileSync(`./${n}.feat.jsonl`, out.join('\n'));
}
