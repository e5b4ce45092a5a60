/**
 * Writes examples/: a realistic sample of posts in every input format, mostly ordinary, some heated
 * criticism and protest organising, a handful of threats. All text is written for this project.
 * `node --import tsx scripts/make-examples.ts` regenerates it (deterministic).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rng } from './synthetic.js';

const OUT = join(import.meta.dirname, '..', 'examples');
const r = rng(2026);
const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;

const ORDINARY = [
  'Finally finished the garden fence. Tomatoes are next!',
  'Anyone know a good mechanic near the east side? Car is making a weird noise.',
  'The new library branch opens Saturday, free coffee for the first 100 people',
  'Rain all week again. At least the reservoir is happy.',
  'My kid scored her first goal today and I cried in the bleachers',
  'Does anyone else think the bus schedule change makes no sense?',
  'Trying a sourdough starter for the third time. Wish me luck.',
  'Council meeting is at 7 tonight if you want to speak on the zoning change.',
  'This podcast episode about the history of the city water system is great',
  'Lost cat near Maple and 4th, grey tabby, very friendly.',
  'The farmers market has peaches again!!',
  'Power is back on in our neighborhood, thanks to the crews working overnight.',
  'Reminder: early voting ends Friday. Bring your ID.',
  'Our team lost 3-1 but the kids had a blast.',
  'Just watched the sunset from the pier. No filter needed.',
  'Big thanks to the nurses at County General, they were amazing with my dad.',
  'Traffic on the bridge is backed up to the exit again',
  'Who else is going to the jazz festival this weekend?',
  'New mural downtown is stunning, go see it before the weather turns.',
  "I'm going to kill it at my recital tomorrow, been practicing all month",
  'This humidity is killing me',
  'We are going to shoot the wedding video at the lake',
  'The Cowboys are going to get destroyed on Sunday lol',
  'Gonna headshot everyone in ranked tonight',
  'I would murder a burrito right now',
  'Deadline tomorrow and my code is on fire. Send snacks.',
  'Reading a thriller where the detective hunts a killer through Chicago. Cannot put it down.',
  'Somebody put me out of my misery, three meetings before lunch',
  'The school board approved the new lunch program, good news for families.',
];
const CRITICISM = [
  'The sheriff has lied to this county for years. Vote him out in November.',
  'ICE raids at dawn are cruel and they should be stopped by the courts.',
  'This judge is a disgrace to the bench and should be impeached.',
  'The mayor wasted millions on that stadium deal. Recall her.',
  'Border patrol agents abusing people at checkpoints should be prosecuted.',
  'These protesters blocking the highway are selfish and the police should clear them.',
  'The senator is a coward who hides from town halls.',
  'Defund the police and fund the schools.',
  'Abolish ICE. Every detention center is a stain on this country.',
  "I'm furious about the city council vote. They sold us out to developers.",
  'Reporters who spread that rumor should lose their jobs.',
  'The open borders crowd has no idea what they are doing to small towns.',
  'F*** the governor and his budget cuts.',
  'Lock him up. The evidence is overwhelming.',
  'This administration is destroying the middle class.',
  'We will bury them at the polls in November.',
  'Threatening election workers is a crime and the people doing it should be charged.',
  'No one deserves to be hurt for doing their job, not cops and not protesters.',
  'Police say a man was arrested after telling a clerk he would shoot her.',
  'A deputy was shot during a traffic stop last night and is in stable condition.',
];
const PROTEST = [
  'Vigil tonight at 8 outside the detention center. Bring candles and bring friends.',
  'March starts at Lincoln Park at noon Saturday. Stay peaceful, stay together.',
  'Know your rights training Tuesday at the community center, Spanish and English.',
  'Rapid response line is live: if you see agents, call and film from a safe distance.',
  'Sit-in at the county building tomorrow morning. We are not leaving until they listen.',
  'Phone bank for the ballot measure Thursday, pizza provided.',
  'We will shut down the intersection peacefully at 5pm. Legal observers will be there.',
  'Teach-in on the history of policing at the library Sunday.',
];
const THREATS = [
  "I'm going to shoot that judge when he walks out of court Friday.",
  'Somebody needs to put the sheriff in the ground.',
  'If those agents come to my street again I will stab every one of them.',
  'The reporter who wrote that story is getting a bullet from me, watch.',
  "Burn the mayor's house down with her in it.",
  'gonna k1ll the poll workers at the Elm St school tmrw',
  'Those protesters deserve to die. Run them over.',
  'I know where Officer Diaz parks. Tomorrow he will not make it to his car.',
];
const SELF_HARM = [
  "I don't want to be alive anymore, nothing is getting better",
  'thinking about ending my life tonight',
];

function pickPost(i: number): { text: string; kind: string } {
  if (i % 41 === 7) return { text: THREATS[Math.floor(i / 41) % THREATS.length]!, kind: 'threat' };
  if (i % 97 === 13) return { text: SELF_HARM[Math.floor(i / 97) % SELF_HARM.length]!, kind: 'self-harm' };
  const x = r();
  if (x < 0.62) return { text: pick(ORDINARY), kind: 'ordinary' };
  if (x < 0.87) return { text: pick(CRITICISM), kind: 'criticism' };
  return { text: pick(PROTEST), kind: 'protest' };
}

const base = Date.parse('2026-11-28T14:00:00Z');
const time = (i: number): string => new Date(base + i * 97_000).toISOString();
const handle = (i: number): string => `user${(i * 7919) % 1000}`;
const esc = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/'/g, '&#39;')
    .replace(/"/g, '&quot;');

mkdirSync(OUT, { recursive: true });
let n = 0;
const bluesky: string[] = [];
for (let i = 0; i < 90; i++, n++) {
  const did = `did:plc:${handle(n).padEnd(24, 'x')}`;
  if (i % 15 === 3)
    bluesky.push(
      JSON.stringify({
        did,
        time_us: (base + n * 97_000) * 1000,
        kind: 'identity',
        identity: { did, handle: `${handle(n)}.bsky.social`, seq: n, time: time(n) },
      }),
    );
  if (i % 20 === 9)
    bluesky.push(
      JSON.stringify({
        did,
        time_us: (base + n * 97_000) * 1000 + 1,
        kind: 'commit',
        commit: { rev: `r${n}d`, operation: 'delete', collection: 'app.bsky.feed.post', rkey: `3k${n}old` },
      }),
    );
  const p = pickPost(n);
  bluesky.push(
    JSON.stringify({
      did,
      time_us: (base + n * 97_000) * 1000 + 2,
      kind: 'commit',
      commit: {
        rev: `r${n}`,
        operation: 'create',
        collection: 'app.bsky.feed.post',
        rkey: `3k${n}abc`,
        record: { $type: 'app.bsky.feed.post', text: p.text, createdAt: time(n), langs: ['en'] },
        cid: `bafy${n}`,
      },
    }),
  );
}
writeFileSync(join(OUT, 'bluesky-jetstream.jsonl'), bluesky.join('\n') + '\n');

const mastodon: string[] = [];
for (let i = 0; i < 70; i++, n++) {
  const p = pickPost(n);
  mastodon.push(
    JSON.stringify({
      id: `11${n}000`,
      uri: `https://social.example/users/${handle(n)}/statuses/11${n}000`,
      url: `https://social.example/@${handle(n)}/11${n}000`,
      created_at: time(n),
      language: 'en',
      spoiler_text: '',
      content: `<p>${esc(p.text)}</p>`,
      account: { id: `${n}`, acct: `${handle(n)}@social.example`, username: handle(n) },
    }),
  );
}
writeFileSync(join(OUT, 'mastodon-statuses.jsonl'), mastodon.join('\n') + '\n');

const reddit: string[] = [];
for (let i = 0; i < 60; i++, n++) {
  const p = pickPost(n);
  const created = Math.floor((base + n * 97_000) / 1000);
  if (i % 4 === 0)
    reddit.push(
      JSON.stringify({
        id: `x${n}`,
        name: `t3_x${n}`,
        title: p.text,
        selftext: '',
        author: handle(n),
        subreddit: 'Springfield',
        permalink: `/r/Springfield/comments/x${n}/`,
        created_utc: created,
      }),
    );
  else
    reddit.push(
      JSON.stringify({
        id: `c${n}`,
        name: `t1_c${n}`,
        body: p.text,
        author: handle(n),
        subreddit: 'Springfield',
        permalink: `/r/Springfield/comments/x1/_/c${n}/`,
        created_utc: created,
      }),
    );
}
writeFileSync(join(OUT, 'reddit-comments.jsonl'), reddit.join('\n') + '\n');

const x: string[] = [];
for (let i = 0; i < 60; i++, n++) {
  const p = pickPost(n);
  const t = {
    id: `18${n}0000`,
    text: p.text,
    author_id: `9${n}`,
    created_at: time(n),
    lang: 'en',
    edit_history_tweet_ids: [`18${n}0000`],
  };
  x.push(JSON.stringify(i % 3 === 0 ? { data: t } : t));
}
writeFileSync(join(OUT, 'x-tweets.jsonl'), x.join('\n') + '\n');

const csv: string[] = ['id,author,created_at,text'];
for (let i = 0; i < 50; i++, n++) {
  const p = pickPost(n);
  csv.push([`csv-${n}`, handle(n), time(n), `"${p.text.replace(/"/g, '""')}"`].join(','));
}
writeFileSync(join(OUT, 'forum-export.csv'), csv.join('\n') + '\n');
console.log(`wrote ${n} posts to ${OUT}`);
