/** A hash router: enough for a console served from one page, with shareable links (#/alerts/12). */
import { useEffect, useState } from 'react';

export function useRoute(): string[] {
  const parse = () => location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  const [route, setRoute] = useState(parse);
  useEffect(() => {
    const on = () => setRoute(parse());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}

export function go(path: string): void {
  location.hash = '#/' + path.replace(/^\//, '');
}
