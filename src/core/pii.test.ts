import { describe, expect, it } from 'vitest';
import { detectPii, luhnValid, redactPii, spansInRedacted } from './pii.js';

describe('detectPii / redactPii', () => {
  it.each([
    ['email', 'write to jane.doe@example.org today', 'write to [EMAIL] today'],
    ['ssn', 'ssn 123-45-6789 leaked', 'ssn [SSN] leaked'],
    ['phone', 'his phone is (602) 555-0188 call him', 'his phone is [PHONE] call him'],
    ['address', 'she lives at 512 Birch Ct, Yuma', 'she lives at [ADDRESS], Yuma'],
    ['card', 'card 4111 1111 1111 1111 exp 12/29', 'card [CARD] exp 12/29'],
    ['ip', 'server at 192.168.10.24 is down', 'server at [IP] is down'],
  ])('%s', (kind, text, redacted) => {
    const r = redactPii(text);
    expect(r.kinds).toEqual([kind]);
    expect(r.redactedText).toBe(redacted);
  });

  it.each([
    ['numbers that are no personal data', 'We won 3-1 in 2024, 10 games, 6pm at the 3rd precinct'],
    ['a card-like number failing Luhn', 'order 4111 1111 1111 1112 shipped'],
    ['an invalid SSN area', 'code 000-12-3456'],
    ['an impossible IP', 'version 999.1.2.3'],
  ])('%s: nothing found', (_n, text) => {
    expect(detectPii(text)).toEqual([]);
  });

  it('Luhn', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
  });
});

describe('spansInRedacted', () => {
  it('keeps evidence on the same words after personal data before it is replaced', () => {
    const text = 'call (602) 555-0188 and I will shoot you at 512 Birch Ct tonight';
    const r = redactPii(text);
    const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, label: w });
    const moved = spansInRedacted([at('shoot you'), at('tonight'), at('Birch')], r.matches);
    expect(moved.map((s) => r.redactedText.slice(s.start, s.end))).toEqual([
      'shoot you',
      'tonight',
      '[ADDRESS]',
    ]);
  });
});
