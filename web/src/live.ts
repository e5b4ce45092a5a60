import { useEffect, useRef } from 'react';
import type { ReviewEvent } from './api/types.js';

/** Follows the live feed (Server-Sent Events); reconnects by itself. */
export function useLiveFeed(onEvent: (e: ReviewEvent) => void): void {
  const handler = useRef(onEvent);
  handler.current = onEvent;
  useEffect(() => {
    const es = new EventSource('/v1/stream');
    const on = (m: MessageEvent<string>): void => handler.current(JSON.parse(m.data) as ReviewEvent);
    es.addEventListener('alert', on);
    es.addEventListener('case', on);
    return () => es.close();
  }, []);
}
