import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Name of the cookie that carries the browser session once the token was exchanged. */
export const SESSION_COOKIE = 'loupe_session';

/** 32 random bytes (256 bits) as base64url: used for the launch token and the session secret. */
export function createSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** A caller-supplied token must carry at least 128 bits: 22+ base64url characters. */
export function isStrongToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{22,512}$/.test(token);
}

/**
 * Constant-time comparison of a presented secret with the expected one. Both are hashed first,
 * so neither the content nor the length of the expected value leaks through timing.
 */
export function secretsEqual(presented: string | undefined, expected: string): boolean {
  if (presented === undefined) return false;
  const a = createHash('sha256').update(presented, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/** The value of one cookie in a Cookie header, undefined when absent. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (header === undefined) return undefined;
  for (const pair of header.split(';')) {
    const index = pair.indexOf('=');
    if (index < 0) continue;
    if (pair.slice(0, index).trim() === name) return pair.slice(index + 1).trim();
  }
  return undefined;
}

/** The token of an `Authorization: Bearer <token>` header, undefined otherwise. */
export function readBearer(header: string | undefined): string | undefined {
  const match = header === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

export function sessionCookieHeader(secret: string): string {
  return `${SESSION_COOKIE}=${secret}; HttpOnly; SameSite=Strict; Path=/`;
}
