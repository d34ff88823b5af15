/** Reading an ATS record id from what the interviewer pastes: the bare id, or a link to it in the vendor's web app. */

/**
 * The id from `input`: itself when it matches `id`, else the first group of `path` in an https link on a
 * host `host` accepts, when that group matches `id`. Ids come back lower-cased (UUIDs are case-blind).
 */
export function recordIdFrom(input: string, id: RegExp, host: RegExp, path: RegExp): string | null {
  const value = input.trim();
  if (id.test(value)) return value.toLowerCase();
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" || !host.test(url.hostname)) return null;
  const found = path.exec(url.pathname)?.[1] ?? "";
  return id.test(found) ? found.toLowerCase() : null;
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
