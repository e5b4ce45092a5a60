/** A connection URL with its password masked, for logs and errors (`postgres://u:***@h/db`). */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}
