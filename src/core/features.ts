import type { Token } from './tokens.js';
import { ROLE_NOUNS, SLURS } from './threat/lexicon.js';

/** Hashed feature space shared by the trained models: 2^18 buckets. */
export const FEATURE_BITS = 18;
export const FEATURE_DIMS = 1 << FEATURE_BITS;
const MASK = FEATURE_DIMS - 1;

/** FNV-1a over UTF-16 code units, 32-bit (of the first `length` of them, all by default). */
export function hashString(s: string, seed = 0x811c9dc5, length = s.length): number {
  let h = seed >>> 0;
  for (let i = 0; i < length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ (b + 0x9e3779b9 + (a << 6) + (a >>> 2)), 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

// The markers' hashes, worked out once
const H_START = hashString('<s>');
const H_END = hashString('</s>');
const H_USER = hashString('@user');
const H_SHOUTING = hashString('<shouting>') & MASK;
const H_BANG = hashString('<!>') & MASK;
const H_BANGS = hashString('<!!>') & MASK;
const H_QUESTION = hashString('<?>') & MASK;
const H_BIAS = hashString('<bias>') & MASK;

/**
 * The models read every word for a person (a role, an office, a group, a nationality, a faith) as
 * one token, and every slur as another: they learn how people are spoken of, never who. What the
 * score says about "the police" it says about "the protesters" (docs/safeguards.md, fairness).
 */
const PERSON_HASH = (() => {
  // (keyed by the word's own hash: an integer look-up after the hashing every word has anyway)
  const m = new Map<number, number>();
  const person = hashString('<person>');
  const slur = hashString('<slur>');
  for (const w of ROLE_NOUNS) m.set(hashString(w), person);
  for (const w of SLURS) m.set(hashString(w), slur);
  return m;
})();
/** One bit per 16-bit slice of those hashes: most words are ruled out without the map. */
const PERSON_BITS = (() => {
  const b = new Uint8Array(1 << 13);
  for (const h of PERSON_HASH.keys()) b[(h & 0xffff) >>> 3]! |= 1 << (h & 7);
  return b;
})();

/**
 * Sparse features of a post for the linear models: words, word pairs, 5-letter prefixes (a cheap
 * stem), emoji and a few shape markers. Returns bucket indices; repeats count twice.
 */
export function extractFeatures(tokens: readonly Token[], original: string): Uint32Array {
  const out: number[] = [];
  let prev = H_START;
  // (quotation in single quotes is left out: mostly scare quotes and titles on real platforms)
  let single = false;
  for (const t of tokens) {
    if (t.w === "'") {
      single = !single;
      continue;
    }
    const w = t.w;
    const c = w.charCodeAt(0);
    const isWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 35 || c === 64;
    const own = c === 64 ? H_USER : hashString(w);
    const person = PERSON_BITS[(own & 0xffff) >>> 3]! & (1 << (own & 7)) ? PERSON_HASH.get(own) : undefined;
    const h = person ?? own;
    if (isWord) {
      out.push(h & MASK);
      if (w.length > 5 && person === undefined) out.push(hashString(w, 0x1234567, 5) & MASK);
      if (t.quoted && !single) out.push(mix(h, 0x51) & MASK);
    }
    out.push(mix(prev, h) & MASK);
    prev = h;
  }
  out.push(mix(prev, H_END) & MASK);
  // Emoji and pictographs, which the tokenizer leaves out; and the shape of the writing
  let caps = 0;
  let letters = 0;
  let bangs = 0;
  let question = false;
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if (c < 0x2190) {
      if (c >= 65 && c <= 90) caps++;
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
      if (c === 33) bangs++;
      if (c === 63) question = true;
      continue;
    }
    const cp = original.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (cp === 0xfe0f || cp === 0x200d) continue;
    out.push(mix(0xe3, cp) & MASK);
  }
  if (letters > 8 && caps / letters > 0.6) out.push(H_SHOUTING);
  if (bangs > 0) out.push(bangs > 1 ? H_BANGS : H_BANG);
  if (question) out.push(H_QUESTION);
  out.push(H_BIAS);
  return Uint32Array.from(out);
}
