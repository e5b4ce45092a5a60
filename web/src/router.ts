import { useEffect, useState } from 'react';

/** Path-based routes (case links in notifications are /cases/:id). */
export function navigate(path: string): void {
  if (location.pathname === path) return;
  history.pushState(null, '', path);
  dispatchEvent(new PopStateEvent('popstate'));
}

export function usePath(): string {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const on = (): void => setPath(location.pathname);
    addEventListener('popstate', on);
    return () => removeEventListener('popstate', on);
  }, []);
  return path;
}

/** A link that routes in the page (and opens normally with a modifier key). */
export function onLink(path: string) {
  return (e: { preventDefault(): void; metaKey: boolean; ctrlKey: boolean; button?: number }): void => {
    if (e.metaKey || e.ctrlKey || (e.button ?? 0) !== 0) return;
    e.preventDefault();
    navigate(path);
  };
}
