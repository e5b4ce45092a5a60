import type { Logger } from 'pino';
import type { Config } from '../../config/config.js';
import type { CursorStore, LiveSource } from '../../ports/live-source.js';
import { DirectoryWatchSource } from './directory-watch-source.js';
import { JetstreamSource } from './jetstream-source.js';
import { MastodonSource } from './mastodon-source.js';

export type SourceConfig = Config['sources'][number];

/** Builds the live source a config entry describes. */
export function createLiveSource(
  c: SourceConfig,
  cursors: CursorStore,
  log?: Logger,
  env: NodeJS.ProcessEnv = process.env,
): LiveSource {
  switch (c.type) {
    case 'jetstream':
      return new JetstreamSource({
        name: c.name,
        url: c.url,
        wantedDids: c.wantedDids,
        rewindSeconds: c.rewindSeconds,
        cursors,
        log,
      });
    case 'mastodon':
      return new MastodonSource({
        name: c.name,
        instance: c.instance,
        stream: c.stream,
        tag: c.tag,
        list: c.list,
        token: c.tokenEnv ? env[c.tokenEnv] : undefined,
        cursors,
        log,
      });
    case 'directory':
      return new DirectoryWatchSource({
        name: c.name,
        path: c.path,
        pollMs: c.pollSeconds * 1000,
        cursors,
        log,
      });
  }
}

/** A source from a command-line word: a configured name, `jetstream`, a ws(s):// or http(s):// URL, or a directory. */
export function sourceFromArgument(arg: string, configured: readonly SourceConfig[]): SourceConfig {
  const named = configured.find((c) => c.name === arg);
  if (named) return named;
  if (arg === 'jetstream' || arg === 'bluesky')
    return {
      type: 'jetstream',
      name: 'jetstream',
      url: 'wss://jetstream2.us-east.bsky.network/subscribe',
      wantedDids: [],
      rewindSeconds: 5,
    };
  if (/^wss?:\/\//.test(arg))
    return { type: 'jetstream', name: 'jetstream', url: arg, wantedDids: [], rewindSeconds: 5 };
  if (/^https?:\/\//.test(arg))
    return { type: 'mastodon', name: 'mastodon', instance: arg, stream: 'public' };
  return { type: 'directory', name: 'directory', path: arg, pollSeconds: 1 };
}
