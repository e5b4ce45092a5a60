import { SELF_HARM_IDIOM, SELF_HARM_PATTERNS } from './threat/lexicon.js';
import type { Token } from './tokens.js';

/** Words without which no self-harm pattern can match: the cheap gate. */
const SELF_HARM_CUES = new Set([
  'myself',
  'self',
  'life',
  'die',
  'dead',
  'suicide',
  'suicidal',
  'kms',
  'alive',
  'live',
  'living',
  'exist',
  'overdose',
  'od',
  'all',
  'on',
  'wake',
  'be',
  'disappear',
]);

/**
 * True when the speaker may be at risk of harming themselves. Separate from the threat score:
 * a team routes it to support, never into the threat queue. Quoted words and joking idioms
 * ("kill me now, it's Monday") do not count.
 */
export function detectSelfHarm(tokens: readonly Token[]): boolean {
  if (!tokens.some((t) => SELF_HARM_CUES.has(t.w))) return false;
  let text = ' ';
  for (const t of tokens) if (!t.quoted) text += t.w + ' ';
  if (SELF_HARM_IDIOM.test(text)) return false;
  for (const re of SELF_HARM_PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    // "I would never kill myself", "nobody wants to end their life": negated just before
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    if (/\b(?:never|not|nobody|no one)\b[^.?!]*$/.test(before) && !/\bdo not want to\b/.test(m[0])) continue;
    return true;
  }
  return false;
}
