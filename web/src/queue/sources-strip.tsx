import { useEffect, useState } from 'react';
import { api } from '../api/client.js';
import type { LiveSourceStatus } from '../api/types.js';

/** One line per live source: state, lag, events per second, reconnects (refreshed every 5 s). */
export function SourcesStrip() {
  const [sources, setSources] = useState<LiveSourceStatus[]>([]);
  useEffect(() => {
    let alive = true;
    const load = (): void => {
      api.sources().then(
        (r) => alive && setSources(r.sources),
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
  if (sources.length === 0) return null;
  return (
    <ul className="sources" aria-label="Live sources">
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
