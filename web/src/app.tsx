import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { api } from './api/client.js';
import type { Principal } from './api/types.js';
import { SignIn } from './auth/sign-in.js';
import { CasePage } from './case/case-page.js';
import { Queue } from './queue/queue.js';
import { Transparency } from './oversight/transparency.js';
import { AuditLogPage } from './oversight/audit-log.js';
import { Users } from './admin/users.js';
import { Webhooks } from './admin/webhooks.js';
import { homeFor, navFor } from './roles.js';
import { navigate, onLink, usePath } from './router.js';

// Charts are the heavy part of the bundle: loaded only when the trends page opens.
const Trends = lazy(() => import('./trends/trends.js').then((m) => ({ default: m.Trends })));

export function App() {
  const [me, setMe] = useState<Principal | null | undefined>(undefined);
  const path = usePath();

  useEffect(() => {
    api.me().then(setMe, () => setMe(null));
  }, []);

  const signOut = useCallback(async () => {
    await api.logout().catch(() => undefined);
    setMe(null);
    navigate('/');
  }, []);

  if (me === undefined) return <p className="loading">Loading…</p>;
  if (me === null)
    return (
      <SignIn
        onSignedIn={(p) => {
          setMe(p);
          if (path === '/' || path === '/sign-in') navigate(homeFor(p.role));
        }}
      />
    );

  const nav = navFor(me.role);
  const caseMatch = /^\/cases\/(\d+)$/.exec(path);
  let page;
  if (caseMatch) page = <CasePage id={Number(caseMatch[1])} me={me} />;
  else if (path === '/queue') page = <Queue me={me} />;
  else if (path === '/trends')
    page = (
      <Suspense fallback={<p className="loading">Loading charts…</p>}>
        <Trends />
      </Suspense>
    );
  else if (path === '/transparency') page = <Transparency />;
  else if (path === '/audit') page = <AuditLogPage />;
  else if (path === '/users') page = <Users />;
  else if (path === '/webhooks') page = <Webhooks />;
  else {
    queueMicrotask(() => navigate(homeFor(me.role)));
    page = null;
  }
  const allowed = caseMatch ? nav.some((n) => n.path === '/queue') : nav.some((n) => n.path === path);

  return (
    <div className="shell">
      <header className="topbar">
        <a className="brand" href={homeFor(me.role)} onClick={onLink(homeFor(me.role))}>
          Brightline
        </a>
        <nav aria-label="Main">
          {nav.map((n) => (
            <a
              key={n.path}
              href={n.path}
              onClick={onLink(n.path)}
              aria-current={path === n.path || (n.path === '/queue' && caseMatch) ? 'page' : undefined}
            >
              {n.label}
            </a>
          ))}
        </nav>
        <span className="who">
          {me.kind === 'user' ? me.username : me.name} · {me.role}
          <button type="button" className="link" onClick={() => void signOut()}>
            Sign out
          </button>
        </span>
      </header>
      <main id="main">
        {allowed ? page : <p role="alert">Your role ({me.role}) cannot open this page.</p>}
      </main>
    </div>
  );
}
