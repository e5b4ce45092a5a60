import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyze.js';
import { buildRespeller, respell, typosOf } from './spelling.js';
import { normalizeText } from './normalize.js';
import { tokenize } from './tokens.js';

// A tiny word list stands in for the dictionary: what is in it is a word, never a typo.
const small = buildRespeller(['kilt', 'kills', 'mill', 'hangman', 'stabber', 'there', 'the', 'all']);
const words = (text: string, sp = small): string[] =>
  respell(tokenize(normalizeText(text), text), sp).tokens.map((t) => t.w);

describe('respelling violent words', () => {
  it('reads a dropped, added or swapped letter as the violent word', () => {
    expect(words('i will klil him')).toContain('kill');
    expect(words('they should be hangd')).toContain('hanged');
    expect(words('gonna stabb you')).toContain('stab');
    expect(words('murdr them all')).toContain('murder');
  });

  it('reads a vowel written as it sounds in a long violent form, not in a short one', () => {
    expect(words('gonna murdur that cop')).toContain('murder');
    expect(words('gonna stob that cop')).not.toContain('stab'); // four letters: too short to guess
    const sp = buildRespeller(['the', 'murdur']);
    expect(words('the murdur', sp)).toContain('murdur'); // a word of its own in that list
  });

  it('leaves real words, short words and first letters alone', () => {
    expect(words('nice kilt')).toContain('kilt'); // in the word list
    expect(words('stan him')).not.toContain('stab'); // a changed letter in a short word is slang
    expect(words('leeds fans')).not.toContain('bleeds'); // no edit at the first letter
    expect(typosOf('kill')).not.toContain('eill');
  });

  it('reads an office misspelled as it sounds, without calling it a disguise', () => {
    const sp = buildRespeller(['the', 'governess']);
    const t = respell(tokenize(normalizeText('kill the governer'), 'kill the governer'), sp);
    expect(t.tokens.map((x) => x.w)).toContain('governor');
    expect(t.respelled).toBe(false);
    expect(words('the governess', sp)).toContain('governess'); // a word of its own
  });

  it('reads a name inside a sentence as a name', () => {
    expect(words('ask Klil about it')).not.toContain('kill');
  });

  it('splits a violent verb run into whom it is done to, and "all" run into a group', () => {
    expect(words('killall immigrants')).toEqual(['kill', 'all', 'immigrants']);
    expect(words('kill alljews')).toEqual(['kill', 'all', 'jews']);
    expect(words('shoothim now')).toEqual(['shoot', 'him', 'now']);
  });

  it('keeps compounds and real words that look run together', () => {
    expect(words('the hangman game')).toContain('hangman'); // in the word list
    expect(words('nice photobomb')).toContain('photobomb'); // "bomb" is not at the start
    expect(words('killshot replay')).toContain('killshot'); // "shot" is no one
  });

  it('makes a misspelled threat an alert, marked as obfuscated', () => {
    const analyze = createAnalyzer({ vaderLexicon: new Map(), spelling: small });
    const a = analyze({ id: '1', text: 'I will klil all the immigrants' });
    expect(a.alert).toBe(true);
    expect(a.threat.reasons).toContain('obfuscated spelling');
    const plain = createAnalyzer({ vaderLexicon: new Map() });
    expect(plain({ id: '1', text: 'I will klil all the immigrants' }).alert).toBe(false);
  });
});
