import { findPhoneNumbersInText } from 'libphonenumber-js/min';
import type { Span } from './post.js';

export type PiiKind = 'ssn' | 'phone' | 'email' | 'address' | 'card' | 'ip';

export interface PiiMatch extends Span {
  label: PiiKind;
}

export interface PiiResult {
  /** Kinds found, in a fixed order, without the values. */
  kinds: PiiKind[];
  matches: PiiMatch[];
  /** The text with every match replaced by a mark such as `[PHONE]`. */
  redactedText: string;
}

const KIND_ORDER: readonly PiiKind[] = ['ssn', 'phone', 'email', 'address', 'card', 'ip'];

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,24}\b/g;
const SSN = /\b(?!000|666|9\d\d)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}\b/g;
const SSN_LABELLED = /\b(?:ssn|social security(?: number| no\.?)?)\s*[:#]?\s*(\d{9})\b/gi;
const IPV4 = /\b(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\b/g;
const IPV6 =
  /(?<![\w:])(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}(?![\w:])|(?<![\w:])(?:[0-9a-fA-F]{1,4}:){1,6}:(?:[0-9a-fA-F]{1,4})(?![\w:])/g;
const CARD = /\b\d(?:[ -]?\d){12,18}\b/g;
const STREET_TYPES =
  'street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|ter|circle|cir|parkway|pkwy|highway|hwy|trail|trl|square|sq|loop|crescent|cres';
const STREET_TYPES_ANY_CASE = STREET_TYPES.split('|')
  .flatMap((t) => [t, t[0]!.toUpperCase() + t.slice(1), t.toUpperCase()])
  .join('|');
const ADDRESS = new RegExp(
  String.raw`\b\d{1,6}[A-Za-z]?\s+(?:(?:[NSEW]|North|South|East|West)\.?\s+)?(?:[A-Z0-9][A-Za-z0-9'-]*\s+){1,3}(?:${STREET_TYPES_ANY_CASE})\b\.?(?:,?\s+(?:apt|unit|suite|#)\s*[\w-]+)?`,
  'g',
);
const ADDRESS_I = new RegExp(ADDRESS.source, 'gi');

/** True when the digits pass the Luhn checksum used by payment cards. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length >= 13 && sum % 10 === 0;
}

/** An '@' right after a character an address can hold ("@user" mentions have none before them). */
function mayHoldEmail(text: string): boolean {
  for (let i = text.indexOf('@'); i >= 0; i = text.indexOf('@', i + 1)) {
    const c = i > 0 ? text.charCodeAt(i - 1) : 0;
    if (
      (c >= 65 && c <= 90) ||
      (c >= 97 && c <= 122) ||
      (c >= 48 && c <= 57) ||
      c === 46 ||
      c === 95 ||
      c === 37 ||
      c === 43 ||
      c === 45
    )
      return true;
  }
  return false;
}

function digitCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/**
 * Finds personal data in a post: SSNs, phone numbers, emails, street addresses, payment cards
 * (Luhn-checked) and IP addresses. Cheap on text without digits or '@'.
 */
export function detectPii(text: string): PiiMatch[] {
  const found: PiiMatch[] = [];
  const add = (start: number, end: number, label: PiiKind): void => {
    if (found.some((m) => start < m.end && end > m.start)) return;
    found.push({ start, end, label });
  };
  if (mayHoldEmail(text)) for (const m of text.matchAll(EMAIL)) add(m.index, m.index + m[0].length, 'email');
  const digits = digitCount(text);
  if (digits === 0) return found;
  for (const m of text.matchAll(SSN)) add(m.index, m.index + m[0].length, 'ssn');
  for (const m of text.matchAll(SSN_LABELLED)) {
    const start = m.index + m[0].length - m[1]!.length;
    add(start, start + m[1]!.length, 'ssn');
  }
  if (digits >= 13) {
    for (const m of text.matchAll(CARD)) {
      if (luhnValid(m[0].replace(/[ -]/g, ''))) add(m.index, m.index + m[0].length, 'card');
    }
  }
  if (text.includes('.')) for (const m of text.matchAll(IPV4)) add(m.index, m.index + m[0].length, 'ip');
  if (text.includes(':')) for (const m of text.matchAll(IPV6)) add(m.index, m.index + m[0].length, 'ip');
  if (digits >= 7) {
    for (const p of findPhoneNumbersInText(text, { defaultCountry: 'US' })) {
      add(p.startsAt, p.endsAt, 'phone');
    }
  }
  // Mixed-case street names first; an all-lower-case post gets the case-blind form.
  const addressRe = text === text.toLowerCase() ? ADDRESS_I : ADDRESS;
  for (const m of text.matchAll(addressRe)) add(m.index, m.index + m[0].length, 'address');
  return found.sort((a, b) => a.start - b.start);
}

/** Replaces each match with a mark naming its kind. */
export function redactPii(text: string, matches: readonly PiiMatch[] = detectPii(text)): PiiResult {
  if (matches.length === 0) return { kinds: [], matches: [], redactedText: text };
  let out = '';
  let at = 0;
  for (const m of matches) {
    out += text.slice(at, m.start) + `[${m.label.toUpperCase()}]`;
    at = m.end;
  }
  out += text.slice(at);
  const kinds = KIND_ORDER.filter((k) => matches.some((m) => m.label === k));
  return { kinds, matches: [...matches], redactedText: out };
}

/**
 * Moves spans from the original text onto the redacted text, so stored evidence still points at
 * the right words. A span edge inside a redacted value moves to that value's mark.
 */
export function spansInRedacted<T extends Span>(spans: readonly T[], matches: readonly PiiMatch[]): T[] {
  if (matches.length === 0) return [...spans];
  const at = (pos: number, edge: 'start' | 'end'): number => {
    let shift = 0;
    for (const m of matches) {
      const markLen = m.label.length + 2;
      if (pos >= m.end) shift += markLen - (m.end - m.start);
      else if (pos > m.start) return m.start + shift + (edge === 'start' ? 0 : markLen);
      else break;
    }
    return pos + shift;
  };
  return spans.map((s) => ({ ...s, start: at(s.start, 'start'), end: at(s.end, 'end') }));
}
