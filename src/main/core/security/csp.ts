/**
 * The one Content-Security-Policy of the renderer. The Electron shell adds it as a
 * response header, the web host sends it on every response, and the renderer's
 * index.html carries the same string in a meta tag (a test keeps them equal).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Directive name (lower case) → its source expressions, in order. */
export type ParsedCsp = ReadonlyMap<string, readonly string[]>;

/** Parses a policy the way browsers do: `;`-separated directives, first occurrence wins. */
export function parseCsp(policy: string): ParsedCsp {
  const directives = new Map<string, readonly string[]>();
  for (const part of policy.split(';')) {
    const tokens = part.trim().split(/\s+/).filter((token) => token.length > 0);
    const [name, ...sources] = tokens;
    if (name === undefined) continue;
    const key = name.toLowerCase();
    if (!directives.has(key)) directives.set(key, sources);
  }
  return directives;
}

/** Directives that must be present and exactly `'none'`. */
const MUST_BE_NONE = ['object-src', 'base-uri', 'frame-ancestors'] as const;

/** Source expressions never allowed in any directive. */
const FORBIDDEN_SOURCES = new Set(["'unsafe-eval'", "'wasm-unsafe-eval'", "'unsafe-hashes'", '*', 'http:', 'https:', 'ws:', 'wss:', 'filesystem:']);

/** Directives that run code: 'unsafe-inline' and data:/blob: are forbidden there. */
const SCRIPT_DIRECTIVES = ['default-src', 'script-src', 'script-src-elem', 'script-src-attr', 'worker-src'] as const;

/**
 * Lists what is weak about a policy (empty when it is sound): eval, wildcards or whole
 * schemes as sources, inline or data: scripts, a missing default-src / script-src, and
 * object-src, base-uri or frame-ancestors other than 'none'.
 */
export function findCspProblems(policy: string): string[] {
  const csp = parseCsp(policy);
  const problems: string[] = [];
  if (!csp.has('default-src')) problems.push('default-src is missing');
  if (!csp.has('script-src')) problems.push('script-src is missing');
  for (const name of MUST_BE_NONE) {
    const sources = csp.get(name);
    if (sources?.length !== 1 || sources[0] !== "'none'") problems.push(`${name} must be 'none'`);
  }
  for (const [name, sources] of csp) {
    for (const source of sources) {
      const lower = source.toLowerCase();
      if (FORBIDDEN_SOURCES.has(lower) || lower.includes('*')) problems.push(`${name} allows ${source}`);
    }
  }
  for (const name of SCRIPT_DIRECTIVES) {
    for (const source of csp.get(name) ?? []) {
      const lower = source.toLowerCase();
      if (lower === "'unsafe-inline'" || lower === 'data:' || lower === 'blob:') problems.push(`${name} allows ${source}`);
    }
  }
  return problems;
}
