import { WebSocketServer, type WebSocket } from 'ws';
import type { AddressInfo } from 'node:net';

/** A Jetstream post-create frame, as the public protocol documents it. */
export function postFrame(i: number, text: string, timeUs: number): Record<string, unknown> {
  return {
    did: `did:plc:user${i % 50}`,
    time_us: timeUs,
    kind: 'commit',
    commit: {
      rev: `rev${i}`,
      operation: 'create',
      collection: 'app.bsky.feed.post',
      rkey: `rkey${i}`,
      record: { $type: 'app.bsky.feed.post', text, createdAt: '2026-11-29T12:00:00.000Z', langs: ['en'] },
      cid: `cid${i}`,
    },
  };
}

export interface FakeJetstream {
  url: string;
  /** Connections seen, with the cursor each asked for. */
  connections: { cursor: string | null; collections: string[] }[];
  /** Largest `bufferedAmount` seen on a socket (bytes the client had not read yet). */
  maxBuffered: number;
  close(): Promise<void>;
}

/**
 * A local server speaking Jetstream: replays its event log from the requested `cursor`
 * (exclusive), then holds the connection open. `dropAfter` closes the first connection after that
 * many frames, as a server restart would; `extra` frames are sent raw before the log.
 */
export async function fakeJetstream(o: {
  frames: Record<string, unknown>[];
  dropAfter?: number;
  extra?: (string | Buffer)[];
  paceMs?: number;
}): Promise<FakeJetstream> {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise<void>((r) => wss.once('listening', () => r()));
  const state: FakeJetstream = {
    url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/subscribe`,
    connections: [],
    maxBuffered: 0,
    close: () =>
      new Promise<void>((r) => {
        for (const c of wss.clients) c.terminate();
        wss.close(() => r());
      }),
  };
  wss.on('connection', (ws: WebSocket, req) => {
    const u = new URL(req.url ?? '/', 'http://x');
    const cursor = u.searchParams.get('cursor');
    const first = state.connections.length === 0;
    state.connections.push({ cursor, collections: u.searchParams.getAll('wantedCollections') });
    for (const e of first ? (o.extra ?? []) : []) ws.send(e);
    const todo = o.frames.filter((f) => cursor === null || (f.time_us as number) > Number(cursor));
    let sent = 0;
    const sendSome = (): void => {
      while (sent < todo.length) {
        if (first && o.dropAfter !== undefined && sent >= o.dropAfter) {
          ws.terminate();
          return;
        }
        ws.send(JSON.stringify(todo[sent++]));
        state.maxBuffered = Math.max(state.maxBuffered, ws.bufferedAmount);
        if (o.paceMs) {
          setTimeout(sendSome, o.paceMs);
          return;
        }
      }
    };
    sendSome();
  });
  return state;
}
