/** Where the workbench is loaded from: the built file in production, the Vite server in development. */
export type RendererLocation =
  | { readonly kind: 'file'; /** file:// URL of out/renderer/index.html */ readonly url: string }
  | { readonly kind: 'dev-server'; /** e.g. http://localhost:5173 */ readonly url: string };

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * True when `url` is the workbench itself: the exact index.html file (any query or hash), or
 * a page of the dev server's origin. Used to check IPC senders and to allow navigations.
 */
export function isTrustedSenderUrl(url: string, renderer: RendererLocation): boolean {
  const candidate = parse(url);
  const expected = parse(renderer.url);
  if (candidate === undefined || expected === undefined) return false;
  if (renderer.kind === 'file') {
    return (
      expected.protocol === 'file:' &&
      candidate.protocol === 'file:' &&
      candidate.host === expected.host &&
      candidate.username === '' &&
      candidate.pathname === expected.pathname
    );
  }
  return (
    (expected.protocol === 'http:' || expected.protocol === 'https:') &&
    candidate.protocol === expected.protocol &&
    candidate.username === '' &&
    candidate.password === '' &&
    candidate.origin === expected.origin
  );
}
