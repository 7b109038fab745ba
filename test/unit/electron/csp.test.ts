import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, findCspProblems, parseCsp } from '../../../src/main/core/security/csp';

const indexHtml = readFileSync(join(__dirname, '../../../src/renderer/index.html'), 'utf8');

/** The CSP of the renderer's meta tag, undefined when the page has none yet. */
function metaCsp(html: string): string | undefined {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    if (!/http-equiv\s*=\s*["']?content-security-policy["']?/i.test(tag)) continue;
    const content = /content\s*=\s*"([^"]*)"|content\s*=\s*'([^']*)'/i.exec(tag);
    return (content?.[1] ?? content?.[2] ?? '').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  }
  return undefined;
}

describe('content security policy', () => {
  it('is sound: no eval, no wildcards, no inline scripts, object-src/base-uri/frame-ancestors none', () => {
    expect(findCspProblems(CONTENT_SECURITY_POLICY)).toEqual([]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toContain('*');
    const csp = parseCsp(CONTENT_SECURITY_POLICY);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('is exactly the policy the design asks for', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('the checker catches weak policies', () => {
    expect(findCspProblems("default-src 'self'; script-src 'self' 'unsafe-eval'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")).toContain(
      "script-src allows 'unsafe-eval'",
    );
    expect(findCspProblems("default-src *; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")).toContain('default-src allows *');
    expect(findCspProblems("default-src 'self'; script-src 'self' https://*.cdn.example; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")).toHaveLength(1);
    expect(findCspProblems("default-src 'self'; script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")).toHaveLength(1);
    expect(findCspProblems("default-src 'self'; script-src 'self'")).toEqual([
      "object-src must be 'none'",
      "base-uri must be 'none'",
      "frame-ancestors must be 'none'",
    ]);
    expect(parseCsp("script-src 'self'; SCRIPT-SRC *").get('script-src')).toEqual(["'self'"]);
  });

  const meta = metaCsp(indexHtml);
  it.skipIf(meta === undefined)("the renderer's index.html carries the same policy in its meta tag", () => {
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
    expect(meta).not.toContain('unsafe-eval');
    expect(findCspProblems(meta ?? '')).toEqual([]);
  });
});
