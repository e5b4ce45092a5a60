/** Where a post came from. `generic` is the plain `{id, text}` JSON line. */
export type PostSource = 'generic' | 'bluesky' | 'mastodon' | 'reddit' | 'x' | 'csv' | 'text';

/** One social-media post, normalised from whatever format it arrived in. */
export interface Post {
  id: string;
  text: string;
  source: PostSource;
  /** Handle or account id as the platform gives it. Never stored in clear. */
  author?: string;
  createdAt?: string;
  url?: string;
  lang?: string;
}

/** A character range in the original post text, with what it shows. */
export interface Span {
  start: number;
  end: number;
  label: string;
}
