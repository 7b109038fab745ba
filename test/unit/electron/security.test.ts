import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/core/security/csp';
import { hardenSession, hardenWebContents, installWebContentsGuard, isSafeExternalUrl, type NavigationPolicy } from '../../../src/main/electron/security';

type Listener = (...args: unknown[]) => void;

function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      openHandler = handler;
    },
  };
  /** Fires an event and tells whether some listener called preventDefault. */
  const fire = (event: string, url?: string): boolean => {
    let prevented = false;
    const payload = { url, preventDefault: () => (prevented = true) };
    for (const listener of listeners.get(event) ?? []) listener(payload, url);
    return prevented;
  };
  return { contents, fire, listeners, open: (url: string) => openHandler?.({ url }) };
}

const APP = 'file:///opt/loupe/out/renderer/index.html';
function policy(opened: string[]): NavigationPolicy {
  return { isAppUrl: (url) => url.startsWith(APP), openExternal: (url) => opened.push(url) };
}

describe('isSafeExternalUrl', () => {
  it('allows https pages and mailto links', () => {
    for (const url of ['https://example.com', 'https://example.com/a?b=c#d', 'mailto:someone@example.com', 'MAILTO:x@example.com', 'HTTPS://EXAMPLE.COM']) {
      expect(isSafeExternalUrl(url), url).toBe(true);
    }
  });

  it('refuses every other scheme, malformed URLs and URLs with credentials', () => {
    for (const url of [
      'http://example.com',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'smb://server/share',
      'ms-msdt:/id',
      'search-ms:query=x',
      'vscode://file/x',
      'loupe://open',
      'ftp://example.com',
      'chrome://settings',
      'https://user:pass@example.com',
      '//example.com',
      'example.com',
      '',
      ' javascript:alert(1)',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });
});

describe('hardenWebContents', () => {
  it('blocks navigations and redirects away from the app, allows the app itself', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents as never, policy([]));
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(fake.fire(event, 'https://example.com'), event).toBe(true);
      expect(fake.fire(event, 'file:///etc/passwd'), event).toBe(true);
      expect(fake.fire(event, `${APP}#/settings`), event).toBe(false);
    }
  });

  it('denies every new window, opening only safe links externally', () => {
    const opened: string[] = [];
    const fake = fakeContents();
    hardenWebContents(fake.contents as never, policy(opened));
    expect(fake.open('https://example.com/docs')).toEqual({ action: 'deny' });
    expect(fake.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(fake.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(fake.open(APP)).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.com/docs']);
  });

  it('refuses to attach a webview', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents as never, policy([]));
    expect(fake.fire('will-attach-webview')).toBe(true);
  });

  it('is applied to every webContents the app creates', () => {
    const appListeners: Listener[] = [];
    installWebContentsGuard({ on: (_event: string, listener: Listener) => appListeners.push(listener) } as never, policy([]));
    const fake = fakeContents();
    for (const listener of appListeners) listener({}, fake.contents);
    expect(fake.fire('will-navigate', 'https://evil.example')).toBe(true);
  });
});

describe('hardenSession', () => {
  function fakeSession() {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (h: never) => (handlers.request = h),
      setPermissionCheckHandler: (h: never) => (handlers.check = h),
      setDevicePermissionHandler: (h: never) => (handlers.device = h),
      webRequest: { onHeadersReceived: (h: never) => (handlers.headers = h) },
    };
    return { session, handlers: handlers as Record<string, (...args: unknown[]) => unknown> };
  }

  it('denies every permission request and check', () => {
    const { session, handlers } = fakeSession();
    hardenSession(session as never, (url) => url.startsWith(APP));
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen']) {
      let granted: boolean | undefined;
      handlers.request?.({}, permission, (value: boolean) => (granted = value), {});
      expect(granted, permission).toBe(false);
      expect(handlers.check?.({}, permission, 'file://', {}), permission).toBe(false);
    }
    expect(handlers.device?.({})).toBe(false);
  });

  it('puts the CSP header on the app document, replacing any other CSP', () => {
    const { session, handlers } = fakeSession();
    hardenSession(session as never, (url) => url.startsWith(APP));
    let response: { responseHeaders?: Record<string, string[]> } | undefined;
    handlers.headers?.(
      { url: APP, resourceType: 'mainFrame', responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Other': ['1'] } },
      (value: typeof response) => (response = value),
    );
    expect(response?.responseHeaders).toEqual({ 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
    handlers.headers?.({ url: 'devtools://devtools/bundled/x.html', resourceType: 'mainFrame', responseHeaders: {} }, (value: typeof response) => (response = value));
    expect(response).toEqual({});
  });
});
