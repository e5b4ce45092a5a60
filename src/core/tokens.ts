import type { NormalizedText } from './normalize.js';

/** A word or punctuation mark of the normalised text, with its range there. */
export interface Token {
  /** Lower-case word after contraction and slang expansion, or one punctuation character. */
  w: string;
  start: number;
  end: number;
  /** Index of the sentence it belongs to. */
  sent: number;
  /** True when the word began with a capital letter in the post (proper names). */
  cap: boolean;
  /** True when the word was written in capitals throughout (shouting), two letters or more. */
  upper: boolean;
  /** True when the word stands for an emoji of the post (🔫 → "gun"). */
  emoji: boolean;
  /** True inside a quotation ("…" or '…'; the marks are the tokens '"' and "'"). */
  quoted: boolean;
}

/** A punctuation mark, or a piece that stands apart from the word it came with: no capitals, no emoji. */
function mark(w: string, start: number, end: number, sent: number, quoted: boolean): Token {
  return { w, start, end, sent, cap: false, upper: false, emoji: false, quoted };
}

/** Verbs after which "2" is "to" ("going 2", "want 2"). */
const TO_AFTER = new Set([
  'going',
  'want',
  'wants',
  'have',
  'has',
  'got',
  'need',
  'needs',
  'trying',
  'about',
  'ready',
  'plan',
  'planning',
]);

/** Contractions and chat spellings, expanded so that grammar rules see one form. */
const UR_ARE = /^\s+(?:gonna|going|not|a|an|so|such|the|dead|done|next|finished|lucky|about)\b/;
const YOU_ARE = ['you', 'are'];
const AND_WORD = ['and'];
const N_WORD = /^\s*[-‐]?\s*words?\b/;
/** Words whose "'d" is "would" or "had" ("he'd", "that'd"), not a past tense. */
const D_CONTRACTIONS = new Set([
  'i',
  'you',
  'he',
  'she',
  'we',
  'they',
  'it',
  'that',
  'who',
  'there',
  'what',
  'where',
  'how',
  'u',
  'ya',
  'yall',
  'this',
  'which',
  'why',
  'when',
  'everyone',
  'nobody',
  'somebody',
  'someone',
]);
const EXPANSIONS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    "i'm": ['i', 'am'],
    im: ['i', 'am'],
    "i'll": ['i', 'will'],
    "i'd": ['i', 'would'],
    "i've": ['i', 'have'],
    shoulda: ['should', 'have'],
    // ("I wil kill all …", "they shuold be shot": misspelt auxiliaries)
    wil: ['will'],
    wll: ['will'],
    shuold: ['should'],
    shoud: ['should'],
    shold: ['should'],
    woulda: ['would', 'have'],
    coulda: ['could', 'have'],
    ive: ['i', 'have'],
    "we'll": ['we', 'will'],
    "we're": ['we', 'are'],
    "we'd": ['we', 'would'],
    "you'll": ['you', 'will'],
    youll: ['you', 'will'],
    "you're": ['you', 'are'],
    youre: ['you', 'are'],
    "you'd": ['you', 'would'],
    "he'll": ['he', 'will'],
    "she'll": ['she', 'will'],
    "they'll": ['they', 'will'],
    "they're": ['they', 'are'],
    "he's": ['he', 'is'],
    "she's": ['she', 'is'],
    "it's": ['it', 'is'],
    // ("… and it'll be your last")
    "it'll": ['it', 'will'],
    "that'll": ['that', 'will'],
    "there'll": ['there', 'will'],
    "that's": ['that', 'is'],
    "there's": ['there', 'is'],
    "who's": ['who', 'is'],
    "let's": ['let', 'us'],
    lets: ['let', 'us'],
    "won't": ['will', 'not'],
    wont: ['will', 'not'],
    "can't": ['can', 'not'],
    cant: ['can', 'not'],
    cannot: ['can', 'not'],
    "don't": ['do', 'not'],
    dont: ['do', 'not'],
    "doesn't": ['does', 'not'],
    doesnt: ['does', 'not'],
    "didn't": ['did', 'not'],
    didnt: ['did', 'not'],
    "isn't": ['is', 'not'],
    "aren't": ['are', 'not'],
    "wasn't": ['was', 'not'],
    "weren't": ['were', 'not'],
    "wouldn't": ['would', 'not'],
    wouldnt: ['would', 'not'],
    "shouldn't": ['should', 'not'],
    shouldnt: ['should', 'not'],
    "couldn't": ['could', 'not'],
    "ain't": ['is', 'not'],
    aint: ['is', 'not'],
    "y'all": ['yall'],
    gonna: ['going', 'to'],
    gon: ['going', 'to'],
    finna: ['going', 'to'],
    fixin: ['fixing'],
    boutta: ['about', 'to'],
    wanna: ['want', 'to'],
    gotta: ['got', 'to'],
    hafta: ['have', 'to'],
    u: ['you'],
    ya: ['you'],
    ur: ['your'],
    r: ['are'],
    yer: ['your'],
    tmrw: ['tomorrow'],
    tmr: ['tomorrow'],
    tmw: ['tomorrow'],
    tomorow: ['tomorrow'],
    tonite: ['tonight'],
    '2nite': ['tonight'],
    '2morrow': ['tomorrow'],
    ppl: ['people'],
    bc: ['because'],
    cuz: ['because'],
    gunna: ['going', 'to'],
    gona: ['going', 'to'],
    imma: ['i', 'am', 'going', 'to'],
    ima: ['i', 'am', 'going', 'to'],
    bout: ['about'],
    hes: ['he', 'is'],
    "who'll": ['who', 'will'],
    "i'ma": ['i', 'am', 'going', 'to'],
    "i'mma": ['i', 'am', 'going', 'to'],
  }),
);

/** True for the marks that end a sentence: '.', '?' and '!'. */
export function isSentenceEnd(w: string): boolean {
  return w === '.' || w === '?' || w === '!';
}

/** An apostrophe that may open a quotation: after a space or punctuation, before a letter. */
const OPENING_SINGLE = /(?:^|[^a-z0-9'])'[a-z]/;
/** Words that begin with an elided letter ("'em", "'til"): their apostrophe opens no quotation. */
const ELISIONS =
  /^'(em|til|till|cause|cos|coz|cuz|bout|round|n|tis|twas|nuff|sup|ere|ello|kay|ol|scuse|fraid)\b/;

/**
 * The apostrophes that are single quotation marks ("statements like 'kill them all' are vile"):
 * one that opens a word after a space or punctuation, paired with the next one that closes a word
 * before a space, punctuation or the end, around two words or more. An apostrophe inside a word ("I'll") is neither; one
 * after a plural ("the protesters' signs") closes nothing unless a quotation is open.
 */
function singleQuotes(text: string): Set<number> | undefined {
  if (!OPENING_SINGLE.test(text)) return undefined;
  let found: Set<number> | undefined;
  let open = -1;
  for (let i = text.indexOf("'"); i >= 0; i = text.indexOf("'", i + 1)) {
    const before = i > 0 ? text.charCodeAt(i - 1) : 32;
    const after = i + 1 < text.length ? text.charCodeAt(i + 1) : 32;
    const wordBefore = isWordChar(before) && before !== 39;
    const wordAfter = isWordChar(after) && after !== 39;
    if (open < 0) {
      if (!wordBefore && wordAfter && !(after >= 48 && after <= 57) && !ELISIONS.test(text.slice(i, i + 7)))
        open = i;
    } else if (!wordAfter && before !== 32) {
      // (one word in single quotes is a scare quote, "a 'terrorist' attack", not speech)
      if (/ \S/.test(text.slice(open, i))) (found ??= new Set()).add(open).add(i);
      open = -1;
    }
  }
  return found;
}

const PUNCT_SENTENCE = new Set(['.', '!', '?', ';', '\n']);
const PUNCT_KEEP = new Set([',', ':', '"', '(', ')', '-']);

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 35 || c === 64;
}

/**
 * Splits normalised text into words (contractions expanded) and the punctuation that bounds
 * clauses and quotations. `original` is used only to see capitals.
 */
export function tokenize(n: NormalizedText, original: string): Token[] {
  const text = n.text;
  const out: Token[] = [];
  let sent = 0;
  let quoted = false;
  // (words in capitals seen: only then can words be stamped one to a sentence)
  let shouted = false;
  const singles = singleQuotes(text);

  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    if (isWordChar(c) && c !== 39) {
      let j = i + 1;
      // a '*' inside a word is a censored letter ("m*rder", "f***"), part of the word
      while (j < text.length && (isWordChar(text.charCodeAt(j)) || (text.charCodeAt(j) === 42 && j > i))) j++;
      // a trailing apostrophe is punctuation, not part of the word
      while (j > i + 1 && text.charCodeAt(j - 1) === 39) j--;
      const word = text.slice(i, j);
      const o = n.starts[i]!;
      const first = original.charCodeAt(o);
      const cap = first >= 65 && first <= 90;
      let upper = false;
      if (cap && j - i > 1) {
        const raw = original.slice(o, n.ends[j - 1]);
        upper = raw === raw.toUpperCase() && /[A-Z].*[A-Z]/.test(raw);
        if (upper) shouted = true;
      }
      const emoji = first > 0x7f && /\p{Extended_Pictographic}/u.test(original.slice(o, n.ends[i]));
      // ("ur gonna regret this": "ur" is "you are" before what follows a "you are", else "your")
      // ("pull up to ur house n smoke u": chat's "n" is "and"; "the n word" names a slur)
      const exp =
        word === 'ur' && UR_ARE.test(text.slice(j, j + 12))
          ? YOU_ARE
          : word === 'n' && i > 0 && !N_WORD.test(text.slice(j, j + 8))
            ? AND_WORD
            : EXPANSIONS.get(word);
      if (exp) for (const w of exp) out.push({ w, start: i, end: j, sent, cap, upper, emoji, quoted });
      else if (word.length > 4 && word.charCodeAt(word.length - 3) === 39 && word.endsWith("'ve")) {
        // "should've", "they've": the stem, then "have"
        for (const w of [word.slice(0, -3), 'have'])
          out.push({ w, start: i, end: j, sent, cap, upper, emoji, quoted });
      } else if (word.endsWith("'d") && word.length > 4 && !D_CONTRACTIONS.has(word.slice(0, -2))) {
        // "unalive'd", "kill'd": an apostrophe for the past tense's "e" ("he'd" is "he would")
        const stem = word.slice(0, -2);
        out.push({
          w: stem + (stem.endsWith('e') ? 'd' : 'ed'),
          start: i,
          end: j,
          sent,
          cap,
          upper,
          emoji,
          quoted,
        });
      } else if (word.endsWith("'s")) {
        out.push({ w: word.slice(0, -2), start: i, end: j - 2, sent, cap, upper, emoji, quoted });
        out.push(mark("'s", j - 2, j, sent, quoted));
      } else {
        // ("im going 2 shoot up the meeting": "2" for "to" after a verb that takes it)
        const w = word === '2' && TO_AFTER.has(out[out.length - 1]?.w ?? '') ? 'to' : word;
        out.push({ w, start: i, end: j, sent, cap, upper, emoji, quoted });
      }
      i = j;
      continue;
    }
    const ch = text[i]!;
    if (ch === '"' || (ch === "'" && singles?.has(i))) {
      quoted = !quoted;
      out.push(mark(ch, i, i + 1, sent, quoted));
    } else if (
      (ch === '-' || ch === '.') &&
      /\p{L}/u.test(text[i - 1] ?? '') &&
      /\p{L}/u.test(text[i + 1] ?? '')
    ) {
      // "ass-rape", "self-defense": a hyphen inside a compound joins words, it separates no clause;
      // "sh.oot", "cnn.com", "e.g": nor does a dot between letters end a sentence
    } else if (ch === '&' && (text[i - 1] === ' ' || i === 0) && (text[i + 1] ?? ' ') === ' ') {
      // "a wood chipper & turn them into mulch": an ampersand between words is "and" ("AT&T" is a name)
      out.push(mark('and', i, i + 1, sent, quoted));
    } else if (PUNCT_SENTENCE.has(ch)) {
      // "6.30", "e.g." and runs of dots do not end a sentence twice
      const prev = out[out.length - 1];
      // (".45", "6.30": a dot before a digit belongs to the number)
      if (!(ch === '.' && /\d/.test(text[i + 1] ?? ''))) {
        const end = ch === '?' ? '?' : ch === '!' ? '!' : '.';
        if (prev && !isSentenceEnd(prev.w)) out.push(mark(end, i, i + 1, sent, quoted));
        else if (prev && end === '?') prev.w = '?';
        sent++;
      }
    } else if (PUNCT_KEEP.has(ch)) {
      out.push(mark(ch === '(' || ch === ')' || ch === '-' ? ',' : ch, i, i + 1, sent, quoted));
    }
    i++;
  }
  // An unbalanced quotation mark quotes nothing.
  if (quoted) for (const t of out) t.quoted = false;
  if (shouted) joinStampedWords(out);
  return out;
}

/**
 * "KILL. THE. JUDGE.": words shouted one to a sentence, three or more, are one sentence said with
 * force; their inner stops are dropped and they share the first word's sentence.
 */
function joinStampedWords(out: Token[]): void {
  const stamped = (k: number): boolean => {
    const t = out[k];
    return t !== undefined && t.upper && out[k + 1]?.w === '.' && (k === 0 || isSentenceEnd(out[k - 1]!.w));
  };
  for (let i = 0; i < out.length; i++) {
    if (!stamped(i)) continue;
    let n = 1;
    while (out[i + 2 * n]?.upper && (out[i + 2 * n + 1]?.w === '.' || i + 2 * n + 1 >= out.length)) n++;
    if (n < 3) continue;
    const sent = out[i]!.sent;
    const drop = new Set<number>();
    for (let k = 1; k < n; k++) drop.add(i + 2 * k - 1);
    for (let k = i; k < i + 2 * n && k < out.length; k++) out[k]!.sent = sent;
    const kept = out.filter((_, k) => !drop.has(k));
    out.length = 0;
    out.push(...kept);
    i += n;
  }
}
