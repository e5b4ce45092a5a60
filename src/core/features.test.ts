import { describe, expect, it } from 'vitest';
import { extractFeatures } from './features.js';
import { linearScores, type LinearModel } from './linear-model.js';
import { normalizeText } from './normalize.js';
import { tokenize } from './tokens.js';

const features = (text: string): number[] => [...extractFeatures(tokenize(normalizeText(text), text), text)];

describe('model features', () => {
  it('read every person noun alike: the models cannot learn who is spoken of', () => {
    const seen = [
      'police',
      'protesters',
      'immigrants',
      'journalists',
      'muslims',
      'jews',
      'conservatives',
    ].map((g) => features(`the ${g} deserve everything coming to them`));
    for (const f of seen) expect(f).toEqual(seen[0]);
    // (the words around them still count)
    expect(features('the police deserve a raise')).not.toEqual(seen[0]);
  });

  it('read every slur alike, and apart from a plain person noun', () => {
    const slurs = ['kikes', 'spics', 'faggots', 'wetbacks'].map((w) => features(`the ${w} are coming`));
    for (const f of slurs) expect(f).toEqual(slurs[0]);
    expect(features('the people are coming')).not.toEqual(slurs[0]);
  });
});

describe('quotations in single quotes', () => {
  const quoted = (text: string): string[] =>
    tokenize(normalizeText(text), text)
      .filter((t) => t.quoted && t.w !== '"' && t.w !== "'")
      .map((t) => t.w);

  it('are quoted around two words or more, apart from apostrophes in and after words', () => {
    expect(quoted("If you say 'I'll kill all of them' you deserve a ban.")).toEqual([
      'i',
      'will',
      'kill',
      'all',
      'of',
      'them',
    ]);
    expect(quoted("the protesters' signs said we'll kill 'em with kindness")).toEqual([]);
    // (one word in single quotes is a scare quote)
    expect(quoted("a 'terrorist' attack")).toEqual([]);
  });

  it('leave the model features as they were: mostly scare quotes and titles on real platforms', () => {
    expect(features("he said 'we will win this' today")).toEqual(features('he said we will win this today'));
    expect(features('he said "we will win this" today')).not.toEqual(
      features('he said we will win this today'),
    );
  });
});

describe('linearScores', () => {
  const model = (hashedScale?: 'sqrt'): LinearModel => ({
    name: 't',
    version: 't-1',
    classes: ['threat'],
    dims: 8,
    weights: Float32Array.from([1, 2, 0, 0, 0, 0, 0, 0]),
    dense: ['d'],
    denseWeights: Float32Array.from([0.5]),
    bias: Float32Array.from([0.25]),
    ...(hashedScale ? { hashedScale } : {}),
  });
  const f = Uint32Array.from([0, 1, 1, 9]); // 9 folds into bucket 1 of an 8-bucket model

  it('sums the hashed weights, the dense part and the bias', () => {
    expect(linearScores(model(), f, [2])[0]).toBeCloseTo(1 + 2 + 2 + 2 + 1 + 0.25);
  });

  it("divides the hashed part by √(feature count) when the model says 'sqrt'", () => {
    expect(linearScores(model('sqrt'), f, [2])[0]).toBeCloseTo(7 / 2 + 1 + 0.25);
  });
});
