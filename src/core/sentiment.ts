import type { Token } from './tokens.js';
import type { LinearModel } from './linear-model.js';
import { linearScores, softmax } from './linear-model.js';

export type SentimentLabel = 'negative' | 'neutral' | 'positive';

export interface Sentiment {
  label: SentimentLabel;
  /** -1..1: P(positive) - P(negative) under the trained model, or VADER's compound without one. */
  compound: number;
}

export interface LexiconScores {
  compound: number;
  pos: number;
  neg: number;
  negations: number;
}

const BOOST_UP = new Set(
  'absolutely amazingly awfully completely considerably decidedly deeply effing enormously entirely especially exceptionally extremely fabulously flipping flippin fricking frickin frigging friggin fully fucking greatly hella highly hugely incredibly intensely majorly more most particularly purely quite really remarkably so substantially thoroughly totally tremendously uber unbelievably unusually utterly very'.split(
    ' ',
  ),
);
const BOOST_DOWN = new Set(
  'almost barely hardly kinda less little marginally occasionally partly scarcely slightly somewhat sorta'.split(
    ' ',
  ),
);
const NEGATE = new Set([
  'not',
  'never',
  'no',
  'nothing',
  'nor',
  'without',
  'nobody',
  'none',
  'neither',
  'cannot',
]);
const B_INCR = 0.293;
const N_SCALAR = -0.74;
const CAPS_INCR = 0.733;

/**
 * Lexicon-and-rules sentiment after VADER (Hutto & Gilbert 2014): valences from the VADER lexicon,
 * boosters, negation within three words, shouted words, "but" and exclamation marks.
 */
export function lexiconSentiment(
  tokens: readonly Token[],
  original: string,
  lexicon: ReadonlyMap<string, number>,
): LexiconScores {
  const vals: number[] = [];
  let butAt = -1;
  let negations = 0;
  let anyLower = false;
  for (const t of tokens) if (!t.upper && /^[a-z]/.test(t.w)) anyLower = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = t.w;
    if (w === 'but') butAt = vals.length;
    if (NEGATE.has(w)) negations++;
    const v0 = lexicon.get(w);
    if (v0 === undefined || BOOST_UP.has(w) || BOOST_DOWN.has(w)) {
      continue;
    }
    let v = v0;
    if (t.upper && anyLower) v += v > 0 ? CAPS_INCR : -CAPS_INCR;
    for (let k = 1; k <= 3; k++) {
      const p = tokens[i - k]?.w;
      if (p === undefined) break;
      const scale = k === 1 ? 1 : k === 2 ? 0.95 : 0.9;
      if (BOOST_UP.has(p)) v += (v > 0 ? B_INCR : -B_INCR) * scale;
      else if (BOOST_DOWN.has(p)) v -= (v > 0 ? B_INCR : -B_INCR) * scale;
      if (NEGATE.has(p)) v *= N_SCALAR;
    }
    vals.push(v);
  }
  if (butAt >= 0) for (let i = 0; i < vals.length; i++) vals[i]! *= i < butAt ? 0.5 : 1.5;
  let sum = 0;
  let pos = 0;
  let neg = 0;
  for (const v of vals) {
    sum += v;
    if (v > 0) pos += v + 1;
    else if (v < 0) neg += v - 1;
  }
  let bangs = 0;
  for (let i = 0; i < original.length && bangs < 4; i++) if (original.charCodeAt(i) === 33) bangs++;
  if (sum > 0) sum += bangs * 0.292;
  else if (sum < 0) sum -= bangs * 0.292;
  const compound = sum === 0 ? 0 : sum / Math.sqrt(sum * sum + 15);
  return { compound, pos, neg, negations };
}

/** Dense features the trained sentiment model adds to its hashed ones. */
export function sentimentDense(l: LexiconScores): number[] {
  return [l.compound, Math.min(l.pos, 10) / 5, Math.max(l.neg, -10) / 5, Math.min(l.negations, 3) / 3];
}

export const SENTIMENT_LABELS: readonly SentimentLabel[] = ['negative', 'neutral', 'positive'];

/** Sentiment of a post: the trained model when given, else the lexicon alone. */
export function assessSentiment(features: Uint32Array, lex: LexiconScores, model?: LinearModel): Sentiment {
  if (!model) {
    const c = lex.compound;
    return { label: c >= 0.05 ? 'positive' : c <= -0.05 ? 'negative' : 'neutral', compound: round(c) };
  }
  const p = softmax(linearScores(model, features, sentimentDense(lex)));
  let best = 0;
  for (let i = 1; i < p.length; i++) if (p[i]! > p[best]!) best = i;
  const ni = model.classes.indexOf('negative');
  const pi = model.classes.indexOf('positive');
  return { label: model.classes[best] as SentimentLabel, compound: round(p[pi]! - p[ni]!) };
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;
