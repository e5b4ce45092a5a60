import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadRespeller, loadResources } from './file-models.js';
import { respell, spellingTable } from '../../core/spelling.js';
import { normalizeText } from '../../core/normalize.js';
import { tokenize } from '../../core/tokens.js';

describe('committed models and tables', () => {
  it('the typo table reads typos and leaves slang and real words as written', () => {
    const sp = loadRespeller()!;
    const read = (text: string): string =>
      respell(tokenize(normalizeText(text), text), sp)
        .tokens.map((t) => t.w)
        .join(' ');
    for (const w of ['stan', 'thot', 'vape', 'nike', 'mami', 'hungary', 'photobomb', 'castmates', 'kilt', 'dye'])
      expect(read(w), w).toBe(w);
    expect(read('slaughtr')).toBe('slaughter');
    expect(read('killall')).toBe('kill all');
  });

  it('the committed typo table is what the word list and the lexicon make now (rerun `npm run train -- spelling`)', () => {
    const require = createRequire(import.meta.url);
    const words = JSON.parse(readFileSync(require.resolve('an-array-of-english-words'), 'utf8')) as string[];
    const fresh = spellingTable(words);
    const stored = loadRespeller()!;
    expect(stored.typos.size).toBe(fresh.typos.length);
    expect(new Map(fresh.typos)).toEqual(stored.typos);
  });

  it('the analyzer resources carry both models and the typo table', () => {
    const res = loadResources();
    expect(res.threatModel?.version).toMatch(/^threat-lr-/);
    expect(res.sentimentModel).toBeDefined();
    expect(res.spelling?.typos.size).toBeGreaterThan(10_000);
  });
});
