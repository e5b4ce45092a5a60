import { convert } from 'html-to-text';
import type { Post } from '../../core/post.js';

/** The result of reading one JSON line: a post, a valid non-post (skip) or a reject. */
export type ParsedLine =
  { kind: 'post'; post: Post } | { kind: 'skip'; reason: string } | { kind: 'reject'; reason: string };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;

function nonEmpty(text: string | undefined): text is string {
  return text !== undefined && text.trim().length > 0;
}

/** Bluesky Jetstream event: commits of app.bsky.feed.post are posts; everything else is skipped. */
function fromJetstream(o: Obj): ParsedLine {
  const did = str(o.did) ?? '';
  if (o.kind !== 'commit') return { kind: 'skip', reason: `jetstream ${String(o.kind)} event` };
  const c = o.commit;
  if (!isObj(c)) return { kind: 'reject', reason: 'jetstream commit without a commit object' };
  if (c.collection !== 'app.bsky.feed.post')
    return { kind: 'skip', reason: `jetstream ${String(c.collection)} commit` };
  if (c.operation !== 'create') return { kind: 'skip', reason: `jetstream post ${String(c.operation)}` };
  const rec = c.record;
  const rkey = str(c.rkey);
  if (!isObj(rec) || !rkey || !did)
    return { kind: 'reject', reason: 'jetstream post create without record, rkey or did' };
  const text = str(rec.text);
  if (!nonEmpty(text)) return { kind: 'reject', reason: 'post has no text' };
  const langs = Array.isArray(rec.langs) ? rec.langs : [];
  return {
    kind: 'post',
    post: {
      id: `at://${did}/app.bsky.feed.post/${rkey}`,
      text,
      source: 'bluesky',
      author: did,
      createdAt: str(rec.createdAt),
      url: `https://bsky.app/profile/${did}/post/${rkey}`,
      lang: str(langs[0]),
    },
  };
}

const HTML_OPTIONS = {
  wordwrap: false as const,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'p', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
  ],
};

/** Mastodon status: HTML content to text, content warning kept in front. */
function fromMastodon(o: Obj): ParsedLine {
  const account = isObj(o.account) ? o.account : {};
  const html = str(o.content) ?? '';
  let text = convert(html, HTML_OPTIONS).trim();
  const cw = str(o.spoiler_text);
  if (nonEmpty(cw)) text = `${cw}\n${text}`;
  const id = str(o.uri) ?? str(o.url) ?? str(o.id);
  if (!id) return { kind: 'reject', reason: 'mastodon status without id' };
  if (!nonEmpty(text)) return { kind: 'reject', reason: 'post has no text' };
  return {
    kind: 'post',
    post: {
      id,
      text,
      source: 'mastodon',
      author: str(account.acct),
      createdAt: str(o.created_at),
      url: str(o.url),
      lang: str(o.language),
    },
  };
}

/** Reddit comment (body) or submission (title + selftext). */
function fromReddit(o: Obj): ParsedLine {
  const isComment = typeof o.body === 'string';
  const text = isComment ? str(o.body) : [str(o.title), str(o.selftext)].filter(nonEmpty).join('\n\n');
  const id = str(o.name) ?? (str(o.id) ? `${isComment ? 't1' : 't3'}_${str(o.id)}` : undefined);
  if (!id) return { kind: 'reject', reason: 'reddit item without id' };
  if (!nonEmpty(text) || text === '[deleted]' || text === '[removed]')
    return { kind: 'reject', reason: 'post has no text' };
  const created =
    typeof o.created_utc === 'number' || typeof o.created_utc === 'string'
      ? new Date(Number(o.created_utc) * 1000)
      : undefined;
  const permalink = str(o.permalink);
  return {
    kind: 'post',
    post: {
      id,
      text,
      source: 'reddit',
      author: str(o.author),
      createdAt: created && !Number.isNaN(created.getTime()) ? created.toISOString() : undefined,
      url: permalink ? `https://www.reddit.com${permalink}` : str(o.url),
    },
  };
}

/** X API v2 tweet, bare or wrapped in {"data": …}; note_tweet carries the long text. */
function fromX(t: Obj): ParsedLine {
  const note = isObj(t.note_tweet) ? str(t.note_tweet.text) : undefined;
  const text = note ?? str(t.text);
  const id = str(t.id);
  if (!id) return { kind: 'reject', reason: 'tweet without id' };
  if (!nonEmpty(text)) return { kind: 'reject', reason: 'post has no text' };
  return {
    kind: 'post',
    post: {
      id,
      text,
      source: 'x',
      author: str(t.author_id),
      createdAt: str(t.created_at),
      url: `https://x.com/i/web/status/${id}`,
      lang: str(t.lang),
    },
  };
}

function fromGeneric(o: Obj): ParsedLine {
  const id = str(o.id);
  const text = str(o.text);
  if (text === undefined) return { kind: 'reject', reason: 'no text field' };
  if (!nonEmpty(text)) return { kind: 'reject', reason: 'post has no text' };
  if (!id) return { kind: 'reject', reason: 'no id field' };
  return {
    kind: 'post',
    post: {
      id,
      text,
      source: 'generic',
      author: str(o.author),
      createdAt: str(o.createdAt),
      url: str(o.url),
      lang: str(o.lang),
    },
  };
}

/**
 * Detects the format of one parsed JSON value and normalises it into a Post.
 * Order matters: the platform shapes are recognised by fields that generic posts do not have.
 */
export function postFromJson(value: unknown): ParsedLine {
  if (!isObj(value))
    return {
      kind: 'reject',
      reason: `expected a JSON object, got ${Array.isArray(value) ? 'an array' : typeof value}`,
    };
  const o = value;
  if (
    typeof o.kind === 'string' &&
    typeof o.did === 'string' &&
    ('commit' in o || 'identity' in o || 'account' in o || 'time_us' in o)
  )
    return fromJetstream(o);
  if (typeof o.content === 'string' && isObj(o.account)) return fromMastodon(o);
  if (isObj(o.data) && ('text' in o.data || 'note_tweet' in o.data)) return fromX(o.data);
  if (
    'edit_history_tweet_ids' in o ||
    'note_tweet' in o ||
    ('author_id' in o && 'text' in o && !('author' in o))
  )
    return fromX(o);
  if (
    ('body' in o || 'selftext' in o || ('title' in o && !('text' in o))) &&
    ('subreddit' in o || 'permalink' in o || 'created_utc' in o)
  )
    return fromReddit(o);
  return fromGeneric(o);
}

/** Parses one JSON line. */
export function parseJsonLine(line: string): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { kind: 'reject', reason: `malformed JSON: ${(e as Error).message}` };
  }
  return postFromJson(value);
}
