import { useEffect, useState } from 'react';
import { api } from '../api/client.js';
import type { BusHealth, LiveSourceStatus } from '../api/types.js';

/**
 * One line per live source: state, lag, events per second, reconnects; in the scaled-out mode,
 * one for the work bus: backlog, oldest unprocessed entry, workers, dead letters (every 5 s).
 */
export function SourcesStrip() {
  const [sources, setSources] = useState<LiveSourceStatus[]>([]);
  const [bus, setBus] = useState<BusHealth | null>(null);
  useEffect(() => {
    let alive = true;
    const load = (): void => {
      api.sources().then(
        (r) => {
          if (!alive) return;
          setSources(r.sources);
          setBus(r.bus ?? null);
        },
        () => undefined,
      );
    };
    load();
    const t = setInterval(load, 5000);
    return () => {
      alive = false;
      clearInterval(t);
    };
  }, []);
  if (sources.length === 0 && !bus) return null;
  return (
    <ul className="sources" aria-label="Live sources">
      {bus && (
        <li className={`source source-${bus.connected ? 'connected' : 'backoff'}`}>
          <strong>work bus</strong> {bus.connected ? 'connected' : 'unreachable'} · backlog {bus.backlog}
          {bus.oldestPendingSeconds !== null && ` · oldest ${bus.oldestPendingSeconds.toFixed(1)} s`} ·{' '}
          {bus.consumers.filter((c) => c.idleSeconds < 60).length} workers
          {bus.deadLetters > 0 && ` · ${bus.deadLetters} dead letters`}
        </li>
      )}
      {sources.map((s) => (
        <li key={s.name} className={`source source-${s.state}`}>
          <strong>{s.name}</strong> {s.state}
          {s.lagSeconds !== null && ` · lag ${s.lagSeconds.toFixed(1)} s`} · {s.eventsPerSecond}/s
          {s.reconnects > 0 && ` · ${s.reconnects} reconnects`}
          {s.malformed > 0 && ` · ${s.malformed} bad frames`}
        </li>
      ))}
    </ul>
  );
}
