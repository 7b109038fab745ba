import type { IncomingMessage } from 'node:http';
import { readBearer, readCookie, secretsEqual, SESSION_COOKIE } from './sessionToken';

/** The only Host header values accepted: anything else may be a DNS-rebinding attack. */
export function allowedHosts(port: number): readonly string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** The only Origin header values accepted (an absent Origin is allowed). */
export function allowedOrigins(port: number): readonly string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? undefined : value;
}

export function isAllowedHost(req: IncomingMessage, port: number): boolean {
  const host = single(req.headers.host);
  return host !== undefined && allowedHosts(port).includes(host.toLowerCase());
}

/**
 * Origin must be one of ours when present; `Sec-Fetch-Site: cross-site` is always refused.
 * For the API, a request from another port of this machine (`same-site`) is refused too.
 */
export function isAllowedOrigin(req: IncomingMessage, port: number, isApi: boolean): boolean {
  const origin = single(req.headers.origin);
  if (req.headers.origin !== undefined && (origin === undefined || !allowedOrigins(port).includes(origin.toLowerCase()))) {
    return false;
  }
  const site = req.headers['sec-fetch-site'];
  if (site === undefined) return true;
  if (Array.isArray(site)) return false;
  const value = site.toLowerCase();
  if (value === 'cross-site') return false;
  return !(isApi && value === 'same-site');
}

/** True when the request carries the session cookie or the launch token as a Bearer token. */
export function isAuthenticated(req: IncomingMessage, token: string, sessionSecret: string): boolean {
  const bearer = readBearer(single(req.headers.authorization));
  if (bearer !== undefined) return secretsEqual(bearer, token);
  return secretsEqual(readCookie(single(req.headers.cookie), SESSION_COOKIE), sessionSecret);
}
