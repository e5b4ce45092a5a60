import { confusablesMap } from 'confusables';

/**
 * Text prepared for matching, with a way back to the text as posted.
 * `starts[i]`/`ends[i]` are the code-unit range in the original text that produced
 * normalised code unit `i`, so any span found in `text` can be shown in the original.
 */
export interface NormalizedText {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
  /** What normalisation had to undo: a hint of deliberate obfuscation. */
  obfuscation: ReadonlySet<ObfuscationKind>;
}

export type ObfuscationKind = 'homoglyph' | 'leet' | 'spacing' | 'repetition' | 'emoji' | 'fullwidth';

/** Emoji that stand for violence, read as the words they replace. */
export const EMOJI_WORDS: ReadonlyMap<string, string> = new Map([
  ['🔫', 'gun'],
  ['🔪', 'knife'],
  ['🗡', 'knife'],
  ['⚔', 'sword'],
  ['🪓', 'axe'],
  ['💣', 'bomb'],
  ['🧨', 'bomb'],
  ['🩸', 'blood'],
  ['💀', 'dead'],
  ['☠', 'dead'],
  ['⚰', 'coffin'],
  ['🪦', 'grave'],
  ['🔥', 'fire'],
  ['🪢', 'rope'],
]);

const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
  '€': 'e',
};

const HOMOGLYPHS = buildHomoglyphs();
// eslint-disable-next-line no-control-regex -- the whole ASCII range is the point
const PLAIN_ASCII = /^[\x00-\x7f]*$/;
const LEET_CANDIDATE = /[a-z][0-9@$!|]+[a-z]|[a-z]{2}11\b|(?:^|[^a-z0-9])\$[a-z]{2}/i;
const SPACED_CANDIDATE = /(?:^|[^a-z])[a-z][ .*_-][a-z][ .*_-][a-z](?:[^a-z]|$)/i;
const RUN_CANDIDATE = /([a-z])\1\1/i;
/** Auxiliaries after which a lone "1" is "I" in a post written in leet ("1 w1ll", "1 am"). */
const LONE_I_NEXT = /^(?:w[i1]ll?|w[o0]nt|g[o0]nn?a|am|wanna|want|sh[o0]uld|will|h[a4]te)\b/;
/** Three-letter words of violence that may be written spaced out ("d i e", "e n d"). */
const SPACED_SHORT = new Set(['die', 'end']);
/** The three candidates in one pass, for the fast path. */
const ANY_CANDIDATE = new RegExp(
  `${LEET_CANDIDATE.source}|${SPACED_CANDIDATE.source}|${RUN_CANDIDATE.source}`,
  'i',
);
const NO_OBFUSCATION: ReadonlySet<ObfuscationKind> = new Set();

function buildHomoglyphs(): Map<number, string> {
  const out = new Map<number, string>();
  for (const [from, to] of confusablesMap as Map<string, string>) {
    const cp = from.codePointAt(0);
    if (cp === undefined || cp < 0x80 || from.length > 2) continue;
    if (!/^[a-zA-Z0-9]$/.test(to)) continue;
    out.set(cp, to.toLowerCase());
  }
  return out;
}

const CP_CACHE = new Map<number, readonly [string, ObfuscationKind | null]>();

/** What one non-ASCII code point reads as, and the obfuscation it undoes; cached per code point. */
function mapCodePoint(cp: number, ch: string): readonly [string, ObfuscationKind | null] {
  const hit = CP_CACHE.get(cp);
  if (hit) return hit;
  let r: readonly [string, ObfuscationKind | null];
  const emoji = EMOJI_WORDS.get(ch);
  const glyph = HOMOGLYPHS.get(cp);
  if (emoji !== undefined) r = [` ${emoji} `, 'emoji'];
  else if (cp === 0xfe0f || cp === 0x200d || cp === 0x200b || cp === 0x200c || cp === 0xfeff) {
    // variation selectors and zero-width characters carry no meaning for matching
    r = ['', null];
  } else if (cp === 0x2019 || cp === 0x2018 || cp === 0x02bc) r = ["'", null];
  // ("I'm not opening it — I'm opening fire": a dash between clauses, spaced so it joins no words)
  else if (cp === 0x2014 || cp === 0x2013 || cp === 0x2015) r = [' - ', null];
  else if (cp === 0x201c || cp === 0x201d || cp === 0x201e || cp === 0xab || cp === 0xbb) r = ['"', null];
  else {
    const nf = ch.normalize('NFKC');
    if (nf !== ch && /^[\x20-\x7e]+$/.test(nf)) {
      const kind = cp >= 0xff01 && cp <= 0xff5e ? 'fullwidth' : /[a-z]/i.test(nf) ? 'homoglyph' : null;
      r = [nf.toLowerCase(), kind];
    } else if (glyph !== undefined && cp !== 0xe9 && cp !== 0xe8) r = [glyph, 'homoglyph'];
    else r = [nf.toLowerCase(), null];
  }
  if (CP_CACHE.size > 65_536) CP_CACHE.clear();
  CP_CACHE.set(cp, r);
  return r;
}

class Builder {
  chars: string[] = [];
  starts: number[] = [];
  ends: number[] = [];
  push(s: string, start: number, end: number): void {
    if (s.length === 1) {
      this.chars.push(s);
      this.starts.push(start);
      this.ends.push(end);
      return;
    }
    for (let i = 0; i < s.length; i++) {
      this.chars.push(s[i]!);
      this.starts.push(start);
      this.ends.push(end);
    }
  }
}

/** Offsets for text that normalisation did not reshape: code unit i came from code unit i. */
function identity(n: number): { starts: Int32Array; ends: Int32Array } {
  let c = IDENTITY_CACHE.get(n);
  if (!c) {
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      starts[i] = i;
      ends[i] = i + 1;
    }
    // shared and never written to: callers only read offsets
    c = { starts, ends };
    if (n <= 4096) {
      if (IDENTITY_CACHE.size > 1024) IDENTITY_CACHE.clear();
      IDENTITY_CACHE.set(n, c);
    }
  }
  return c;
}
const IDENTITY_CACHE = new Map<number, { starts: Int32Array; ends: Int32Array }>();

const isLetter = (c: string | undefined): boolean => c !== undefined && c >= 'a' && c <= 'z';
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/**
 * Normalises text for matching: NFKC, lower case, homoglyphs, emoji meanings, leetspeak inside
 * words, spaced-out letters and long letter runs, keeping offsets into the original.
 *
 * @example normalizeText('I will s h o o t').text === 'i will shoot'
 */
export function normalizeText(original: string): NormalizedText {
  // Fast path: plain ASCII with nothing to undo is only lower-cased, offsets map one to one.
  if (PLAIN_ASCII.test(original) && !ANY_CANDIDATE.test(original)) {
    return { text: original.toLowerCase(), ...identity(original.length), obfuscation: NO_OBFUSCATION };
  }
  const obfuscation = new Set<ObfuscationKind>();
  const b = new Builder();
  // Pass 1: per code point — NFKC, case, homoglyphs, emoji.
  for (let i = 0; i < original.length;) {
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const end = i + width;
    if (cp < 0x80) {
      b.chars.push(cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : original[i]!);
      b.starts.push(i);
      b.ends.push(end);
    } else {
      const [out, kind] = mapCodePoint(cp, original.slice(i, end));
      if (kind) obfuscation.add(kind);
      if (out) b.push(out, i, end);
    }
    i = end;
  }
  let { chars, starts, ends } = b;
  const pass1 = chars.join('');
  if (!LEET_CANDIDATE.test(pass1) && !SPACED_CANDIDATE.test(pass1) && !RUN_CANDIDATE.test(pass1)) {
    return { text: pass1, starts: Int32Array.from(starts), ends: Int32Array.from(ends), obfuscation };
  }

  // Pass 2: leetspeak inside words (k1ll, senat0r, k!ll): a leet character between letters.
  for (let i = 0; i < chars.length - 1; i++) {
    // ("$h00t", "$tab": a dollar sign opening a word is its "s")
    if (
      chars[i] === '$' &&
      !/[0-9a-z]/.test(chars[i - 1] ?? ' ') &&
      isLetter(chars[i + 1]) &&
      (isLetter(chars[i + 2]) || LEET[chars[i + 2]!] !== undefined)
    ) {
      chars[i] = 's';
      obfuscation.add('leet');
      continue;
    }
    if (i === 0) continue;
    const sub = LEET[chars[i]!];
    if (sub === undefined || !isLetter(chars[i - 1])) continue;
    let j = i;
    while (j < chars.length && LEET[chars[j]!] !== undefined) j++;
    if (!isLetter(chars[j])) {
      // "ki11", "a11": a doubled 1 ending a word of two letters or more reads as "ll"
      const twoLetters = isLetter(chars[i - 2]);
      const ones = j - i === 2 && chars[i] === '1' && chars[i + 1] === '1';
      const after = chars[j];
      if (twoLetters && ones && (after === undefined || !/[0-9a-z]/.test(after))) {
        chars[i] = 'l';
        chars[i + 1] = 'l';
        obfuscation.add('leet');
      }
      continue;
    }
    for (let k = i; k < j; k++) chars[k] = LEET[chars[k]!]!;
    obfuscation.add('leet');
    i = j;
  }

  // ("1'll st4b y0u 1n th3 thr0at": once a post writes in leet, a word may open with it too; not
  // "1st", and not a post with no leet inside its words)
  if (obfuscation.has('leet'))
    for (let i = 0; i + 1 < chars.length; i++) {
      if ((chars[i] !== '1' && chars[i] !== '0') || /[0-9a-z]/.test(chars[i - 1] ?? ' ')) continue;
      const next = chars[i + 1] === "'" ? chars[i + 2] : chars[i + 1];
      const rest = chars.slice(i + 1, i + 4).join('');
      // ("1 w1ll st@b …": a lone 1 before an auxiliary is "I")
      const lone =
        chars[i] === '1' &&
        chars[i + 1] === ' ' &&
        LONE_I_NEXT.test(chars.slice(i + 2, i + 9).join('')) &&
        !/[0-9]/.test(chars[i - 2] ?? ' ');
      if (!lone && (!isLetter(next) || /^(?:st|nd|rd|th)(?![a-z])/.test(rest))) continue;
      chars[i] = LEET[chars[i]!]!;
    }

  // Pass 3: spaced letters (s h o o t, k.i.l.l): three or more single letters joined by one separator.
  const out = new Builder();
  for (let i = 0; i < chars.length;) {
    // (not the end of a contraction: "I'm g o n n a")
    if (
      isLetter(chars[i]) &&
      !isLetter(chars[i - 1]) &&
      chars[i - 1] !== "'" &&
      isSep(chars[i + 1]) &&
      isLetter(chars[i + 2])
    ) {
      let j = i;
      let n = 0;
      const sep = chars[i + 1]!;
      while (
        isLetter(chars[j]) &&
        !isLetter(chars[j + 1]) &&
        (chars[j + 1] === sep ||
          !isLetterOrSep(chars[j + 1]) ||
          // ("d-i-e tonight"): a run joined by marks ends at a space
          (sep !== ' ' && isSpace(chars[j + 1])) ||
          // ("must d i e."): the run's last letter before the sentence's end
          (sep !== chars[j + 1] && /[.!?,]/.test(chars[j + 1]!) && !isLetter(chars[j + 2])))
      ) {
        n++;
        if (chars[j + 1] === sep && isLetter(chars[j + 2]) && !isLetter(chars[j + 3])) j += 2;
        else break;
      }
      // a run of single letters joined by spaces must be longer, or 'u r a' would read as 'ura'
      // (save the few three-letter words of violence: "must d i e", "e n d him")
      const short = n === 3 && SPACED_SHORT.has(chars[i]! + chars[i + 2]! + chars[i + 4]!);
      if (n >= (sep === ' ' ? 4 : 3) || short) {
        obfuscation.add('spacing');
        for (let k = i; k <= j; k += 2) out.push(chars[k]!, starts[k]!, ends[k]!);
        i = j + 1;
        continue;
      }
    }
    // Pass 4: runs of three or more of one letter become two (kiiiill -> kiill, shooooot -> shoot).
    const c = chars[i]!;
    if (isLetter(c) && chars[i + 1] === c && chars[i + 2] === c) {
      let j = i;
      while (chars[j] === c) j++;
      obfuscation.add('repetition');
      out.push(c, starts[i]!, ends[i]!);
      out.push(c, starts[j - 1]!, ends[j - 1]!);
      i = j;
      continue;
    }
    out.push(c, starts[i]!, ends[i]!);
    i++;
  }
  chars = out.chars;
  starts = out.starts;
  ends = out.ends;
  return {
    text: chars.join(''),
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    obfuscation,
  };
}

function isSep(c: string | undefined): boolean {
  return c === ' ' || c === '.' || c === '-' || c === '*' || c === '_';
}
function isLetterOrSep(c: string | undefined): boolean {
  return isLetter(c) || isSep(c) || isSpace(c);
}

/** Maps a range of the normalised text back to the original text. */
export function toOriginal(n: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (n.starts.length === 0) return { start: 0, end: 0 };
  const s = Math.min(Math.max(start, 0), n.starts.length - 1);
  const e = Math.min(Math.max(end - 1, s), n.ends.length - 1);
  return { start: n.starts[s]!, end: n.ends[e]! };
}
