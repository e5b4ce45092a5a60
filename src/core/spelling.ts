/**
 * Misspelled and run-together violent words: "klil", "murdr", "hangd", "killall", "allmuslims".
 *
 * Filters are evaded by typos as often as by leetspeak. A word that is in no English dictionary and
 * is one edit (a letter dropped, added, changed or two swapped) from exactly one strong violent form
 * is read as that form; a violent verb run into whom it is aimed at, or "all" run into a group, is
 * read as the two words. Everything else is left alone: the dictionary keeps real words ("kilt",
 * "dye", "mill") from being "corrected". The table is built offline (`npm run train -- spelling`).
 */
import type { Token } from './tokens.js';
import { ACTS, HARM_NOUNS, PERSON_PRONOUNS, ROLE_NOUNS } from './threat/lexicon.js';

/** Strong violent forms a misspelling may stand for (four letters or more, as "kil" is listed). */
const FORMS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [form, sense] of ACTS) if (sense.weight >= 0.8 && form.length >= 4) m.set(form, sense.lemma);
  for (const [noun, weight] of HARM_NOUNS) if (weight >= 0.8 && noun.length >= 5) m.set(noun, noun);
  return m;
})();

/**
 * Offices and roles that threats name most, long enough that a misspelling of one is no other word
 * ("governer", "sherrif", "senater"); kept few, so the table stays small.
 */
const SPELT_ROLES: readonly string[] = (
  'governor senator sheriff president officer deputy congressman congresswoman councilman councilwoman ' +
  'commissioner journalist reporter prosecutor attorney teacher principal senators officers journalists ' +
  'reporters teachers immigrants immigrant refugees protesters police politician politicians legislator ' +
  'secretary democrat democrats republican republicans liberals conservatives muslims christians'
)
  .split(' ')
  .filter((w) => ROLE_NOUNS.has(w));

/** A vowel written as another, as it sounds ("governer", "senater"): not the first letter. */
export function vowelSwaps(form: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < form.length; i++)
    if ('aeiou'.includes(form[i]!))
      for (const v of 'aeiou') if (v !== form[i]) out.push(form.slice(0, i) + v + form.slice(i + 1));
  return out;
}

/** Letters next to each letter on a QWERTY keyboard. */
const NEAR_KEYS: ReadonlyMap<string, string> = (() => {
  const rows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
  const m = new Map<string, string>();
  rows.forEach((row, r) =>
    [...row].forEach((c, i) => {
      let near = (row[i - 1] ?? '') + (row[i + 1] ?? '');
      for (const o of [rows[r - 1], rows[r + 1]])
        if (o) near += (o[i - 1] ?? '') + (o[i] ?? '') + (o[i + 1] ?? '');
      m.set(c, near);
    }),
  );
  return m;
})();
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const near = (a: string, b: string): boolean => (NEAR_KEYS.get(a) ?? '').includes(b);

/**
 * The typos of a form that read as typos rather than other words: slang and names are one letter
 * from violent words too ("stan", "thot", "vape", "nike", "leeds"), so no edit touches the first
 * letter (typists rarely get it wrong), a dropped or added letter needs a word of five letters or
 * more, a swap of the last two letters needs one too ("mami", "dise"), and a changed letter needs a
 * long word and a key next to the right one ("murfer", not "castmates").
 */
export function typosOf(form: string): string[] {
  const out: string[] = [];
  const L = form.length;
  for (let i = 1; i < L; i++) {
    const dropped = form.slice(0, i) + form.slice(i + 1);
    if (dropped.length >= 5) out.push(dropped);
    // (an added letter is a doubled key or a key next to its neighbour: "stabb", "murdder", "killt")
    for (const c of LETTERS)
      if (L + 1 >= 5 && (c === form[i - 1] || near(form[i - 1]!, c) || near(form[i]!, c)))
        out.push(form.slice(0, i) + c + form.slice(i));
    if (i < L - 1 && (L >= 5 || i < L - 2))
      out.push(form.slice(0, i) + form[i + 1] + form[i] + form.slice(i + 2));
    if (L >= 6)
      for (const c of NEAR_KEYS.get(form[i]!) ?? '') out.push(form.slice(0, i) + c + form.slice(i + 1));
  }
  for (const c of LETTERS) if (L + 1 >= 5 && (c === form[L - 1] || near(form[L - 1]!, c))) out.push(form + c);
  return out.filter((w) => w !== form);
}

/** What respelling needs: the stored typo table and a filter over it. */
export interface Respeller {
  /**
   * Non-words one typo from exactly one strong violent lemma → the form they stand for; a violent
   * verb run into whom it is aimed at → the two words, a space between ("killall" → "kill all").
   */
  readonly typos: ReadonlyMap<string, string>;
  /** A bit per (length, first, second and last letter) of the typos: most words skip the table. */
  readonly filter: Uint8Array;
}

/** The filter's cell for a word: cheap, from four of its code units. */
export function filterCell(w: string): number {
  return (
    (w.length * 7919 + w.charCodeAt(0) * 31 * 31 + w.charCodeAt(1) * 31 + w.charCodeAt(w.length - 1)) & 0xffff
  );
}

/** What the table reads `w` as, if anything (the filter rules most words out without a lookup). */
export function readTypo(sp: Respeller, w: string): string | undefined {
  return w.length >= 4 && sp.filter[filterCell(w)] === 1 ? sp.typos.get(w) : undefined;
}

/** Builds the respeller from an English word list (for tests; the product loads the stored table). */
export function buildRespeller(words: readonly string[]): Respeller {
  return respellerFrom(spellingTable(words));
}

/**
 * The typo table: every typo-like neighbour of a strong form that is no English word → the form,
 * and every violent verb run into whom it is aimed at → the two words.
 */
export function spellingTable(words: readonly string[]): Pick<RespellerFile, 'typos'> {
  // binary search in the sorted list: cheaper to build than a set of 275,000 words, and not kept
  let sorted = words;
  for (let i = 1; i < words.length; i++)
    if (words[i - 1]! > words[i]!) {
      sorted = [...words].sort();
      break;
    }
  const isWord = (w: string): boolean => {
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const x = sorted[mid]!;
      if (x === w) return true;
      if (x < w) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  };
  const byTypo = new Map<string, string[]>();
  const add = (w: string, form: string): void => {
    if (ACTS.has(w) || ROLE_NOUNS.has(w) || FORMS.has(w) || isWord(w)) return;
    const list = byTypo.get(w);
    if (!list) byTypo.set(w, [form]);
    else if (!list.includes(form)) list.push(form);
  };
  for (const form of FORMS.keys()) for (const w of typosOf(form)) add(w, form);
  // ("gona murdur the principal": a long violent form with a vowel written as it sounds)
  for (const form of FORMS.keys()) if (form.length >= 6) for (const w of vowelSwaps(form)) add(w, form);
  // ("kil the governer": whom a threat names, misspelled as it sounds)
  for (const noun of SPELT_ROLES) for (const w of [...typosOf(noun), ...vowelSwaps(noun)]) add(w, noun);
  const lemma = (f: string): string => FORMS.get(f) ?? f;
  const typos = new Map<string, string>();
  for (const [w, forms] of byTypo) {
    if (new Set(forms.map(lemma)).size !== 1) continue; // two lemmas fit: no guess
    // of the forms of that lemma, the one that ends as the word does ("hangd" → hanged, not hangs),
    // else the one of the same length (a swap or substitution), else any
    typos.set(
      w,
      forms.find((f) => f.endsWith(w[w.length - 1]!)) ??
        forms.find((f) => f.length === w.length) ??
        forms[0]!,
    );
  }
  // Run together: a violent verb and whom it is done to ("killall", "shoothim"), or "all" and a
  // group ("alljews"); compounds and real words ("hangman", "photobomb", "Hungary") are words
  for (const [w, parts] of runTogether())
    if (!typos.has(w) && !ACTS.has(w) && !ROLE_NOUNS.has(w) && !isWord(w)) typos.set(w, parts);
  return { typos: [...typos] };
}

const QUANTIFIERS = ['all', 'the', 'every', 'those', 'these'];
const WHOM = ['all', 'the', 'every', 'those', 'these', 'them', 'em', 'him', 'her', 'you', ...PERSON_PRONOUNS];

/** Every "form+whom" and "quantifier+group" written as one word, with its two words (space between). */
function* runTogether(): Generator<[string, string]> {
  for (const f of FORMS.keys()) for (const b of WHOM) yield [f + b, `${f} ${b}`];
  for (const q of QUANTIFIERS)
    for (const b of ROLE_NOUNS) if (b.length >= 3 && /^[a-z]+$/.test(b)) yield [q + b, `${q} ${b}`];
}

/** The typo table as it is stored (`models/spelling.json.gz`, written by `npm run train -- spelling`). */
export interface RespellerFile {
  version?: string;
  source?: string;
  /** word → what it stands for: one form, or two words with a space between */
  typos: [string, string][];
}

/** Makes the respeller from its stored table. */
export function respellerFrom(file: RespellerFile): Respeller {
  const typos = new Map(file.typos);
  const filter = new Uint8Array(0x10000);
  for (const w of typos.keys()) filter[filterCell(w)] = 1;
  return { typos, filter };
}

/**
 * Reads misspelled and run-together violent words as what they stand for. Returns the same array
 * when nothing changed; `respelled` tells whether a violent word was (an obfuscation signal).
 */
export function respell(
  tokens: readonly Token[],
  sp: Respeller,
): { tokens: readonly Token[]; respelled: boolean } {
  let out: Token[] | undefined;
  let disguised = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = t.w;
    let replacement: Token[] | undefined;
    if (
      w.length >= 4 &&
      !t.emoji &&
      // (a capitalised word inside a sentence is a name: "Kilian", "Hange")
      !(t.cap && !t.upper && i > 0 && tokens[i - 1]!.sent === t.sent)
    ) {
      const read = readTypo(sp, w);
      const space = read ? read.indexOf(' ') : -1;
      if (read && space < 0) replacement = [{ ...t, w: read }];
      else if (read && t.end - t.start === w.length) {
        // two words run together: each keeps its own part of the original text
        const cut = t.start + space;
        replacement = [
          { ...t, w: read.slice(0, space), end: cut },
          { ...t, w: read.slice(space + 1), start: cut, cap: false },
        ];
      }
    }
    if (replacement) {
      out ??= tokens.slice(0, i);
      out.push(...replacement);
      // (a misspelled role noun is how someone spells, not a disguise)
      if (!(replacement.length === 1 && ROLE_NOUNS.has(replacement[0]!.w))) disguised = true;
    } else if (out) out.push(t);
  }
  return out ? { tokens: out, respelled: disguised } : { tokens, respelled: false };
}
