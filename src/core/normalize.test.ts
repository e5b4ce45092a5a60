import { describe, expect, it } from 'vitest';
import { normalizeText, toOriginal } from './normalize.js';

describe('normalizeText', () => {
  it.each([
    ['NFKC fullwidth', 'ＫＩＬＬ them', 'kill them', 'fullwidth'],
    ['homoglyphs', 'ѕһооt tһе ѕеnаtоr', 'shoot the senator', 'homoglyph'],
    ['leetspeak inside words', 'gonna k!ll the sen@t0r', 'gonna kill the senator', 'leet'],
    ['spaced letters', 'i will s h o o t them', 'i will shoot them', 'spacing'],
    ['dotted letters', 'k.i.l.l him', 'kill him', 'spacing'],
    ['long letter runs', 'shoooooot', 'shoot', 'repetition'],
    ['emoji meanings', 'see u 🔫', 'see u  gun ', 'emoji'],
    ['a dollar sign opening a word', '$h00t them', 'shoot them', 'leet'],
    ['a short word spaced, before the end of the sentence', 'they must d i e.', 'they must die.', 'spacing'],
    ['leet opening a word, once the post writes in leet', "1'll st4b y0u 1n", "i'll stab you in", 'leet'],
    ['an ordinal kept in a post written in leet', '1st t1me', '1st time', 'leet'],
    ['a lone 1 before an auxiliary, in a post written in leet', '1 w1ll st@b', 'i will stab', 'leet'],
  ])('%s', (_name, input, expected, kind) => {
    const n = normalizeText(input);
    expect(n.text).toBe(expected);
    expect(n.obfuscation.has(kind as never)).toBe(true);
  });

  it.each([
    ['times, ordinals and phone numbers stay as they are', 'at 6pm at the 3rd precinct, 602-555-0188'],
    ['"u r a" is not read as a spaced word', 'u r a legend'],
    ['plain text', 'a normal sentence.'],
    ['money stays money', 'it cost $50, paid in $20s'],
    ['a number opening a word, with no leet inside words', 'room 1a and 0h no'],
  ])('%s', (_name, input) => {
    const n = normalizeText(input);
    expect(n.text).toBe(input.toLowerCase());
    expect(n.obfuscation.size).toBe(0);
  });

  it('reads a dash between words as a break between clauses, joining none', () => {
    expect(normalizeText("not opening it—I'm opening fire").text).toBe("not opening it - i'm opening fire");
  });

  it('maps every normalised range back to the text as posted', () => {
    const original = 'officer 🔫 and s h o o t and Ｋ1ll';
    const n = normalizeText(original);
    for (const word of ['gun', 'shoot', 'kill']) {
      const at = n.text.indexOf(word);
      const o = toOriginal(n, at, at + word.length);
      expect(original.slice(o.start, o.end)).toBe({ gun: '🔫', shoot: 's h o o t', kill: 'Ｋ1ll' }[word]);
    }
  });
});
