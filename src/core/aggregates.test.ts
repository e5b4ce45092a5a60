import { describe, expect, it } from 'vitest';
import { HyperLogLog } from './hll.js';
import { createTopicMatcher } from './topics.js';
import { detectSpikes, sparkline } from './spikes.js';

describe('HyperLogLog', () => {
  it.each([10, 1_000, 20_000, 200_000])('counts %i distinct authors within 5%', (n) => {
    const h = new HyperLogLog();
    for (let i = 0; i < n; i++) {
      h.add(`author-${i}`);
      h.add(`author-${i}`); // repeats do not count
    }
    expect(Math.abs(h.count() - n) / n).toBeLessThan(0.05);
  });

  it('merging two sketches counts the union once', () => {
    const a = new HyperLogLog();
    const b = new HyperLogLog();
    const both = new HyperLogLog();
    for (let i = 0; i < 6000; i++) {
      (i < 4000 ? a : b).add(`u${i}`);
      if (i >= 2000) a.add(`u${i}`); // overlap 2000..3999 seen by both
      both.add(`u${i}`);
    }
    expect(a.merge(b).count()).toBe(both.count());
  });

  it('survives serialisation', () => {
    const h = new HyperLogLog();
    for (let i = 0; i < 500; i++) h.add(String(i));
    expect(HyperLogLog.deserialize(h.serialize()).count()).toBe(h.count());
  });
});

describe('topics', () => {
  const match = createTopicMatcher([
    { name: 'elections', keywords: ['ballot', 'poll worker'], hashtags: ['vote'], handles: ['countyclerk'] },
    { name: 'immigration', keywords: ['ice', 'border patrol'], aliases: ['la migra'] },
  ]);
  it.each([
    ['the poll worker counted every ballot', ['elections']],
    ['#vote early, ask @countyclerk', ['elections']],
    ['ice at the polls? ballot box', ['elections', 'immigration']],
    ['la migra was here', ['immigration']],
    ['nice ballots', []],
    ['dice and police', []],
  ])('%s', (text, topics) => {
    expect(match(text)).toEqual(topics);
  });

  it('stays fast with thousands of terms', () => {
    const many = createTopicMatcher([
      { name: 'big', keywords: Array.from({ length: 5000 }, (_, i) => `term${i}`) },
    ]);
    expect(many('about term4999 today')).toEqual(['big']);
    expect(many('about term49999 today')).toEqual([]);
  });
});

describe('spikes', () => {
  const hours = (vals: number[]) => vals.map((value, i) => ({ hour: `h${i}`, value }));
  it('flags an hour far above its trailing median, not ordinary noise', () => {
    const s = detectSpikes(hours([100, 104, 98, 101, 97, 103, 99, 102, 100, 400, 101]), { minSpread: 5 });
    expect(s.map((x) => x.hour)).toEqual(['h9']);
  });
  it('needs history before it judges', () => {
    expect(detectSpikes(hours([1, 500]))).toEqual([]);
  });
  it('sparkline scales and marks gaps', () => {
    expect(sparkline([0, 7, null, 14])).toBe('▁▅·█');
  });
});
