import type { App, Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../core/security/csp';

/** Only web pages over TLS and mail links may leave the app, in the user's own programs. */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'mailto:') return true;
  return parsed.protocol === 'https:' && parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}

export interface NavigationPolicy {
  /** True for the workbench's own URL (see isTrustedSenderUrl). */
  isAppUrl(url: string): boolean;
  /** Opens a safe external URL in the default browser or mail client. */
  openExternal(url: string): void;
}

type ContentsLike = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Applied to every webContents: no navigation away from the app, no new windows (a safe
 * link opens in the user's browser instead), no <webview>.
 */
export function hardenWebContents(contents: ContentsLike, policy: NavigationPolicy): void {
  const denyForeign = (event: { preventDefault(): void; url: string }) => {
    if (!policy.isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', denyForeign);
  contents.on('will-frame-navigate', denyForeign);
  contents.on('will-redirect', denyForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) policy.openExternal(url);
    return { action: 'deny' };
  });
}

type SessionLike = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'> & {
  readonly webRequest: Pick<Session['webRequest'], 'onHeadersReceived'>;
};

/**
 * Denies every permission and adds the CSP header to the app's own documents (replacing any
 * CSP the dev server may send). `csp` is the shared constant unless a caller overrides it.
 */
export function hardenSession(session: SessionLike, isAppUrl: (url: string) => boolean, csp: string = CONTENT_SECURITY_POLICY): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isAppUrl(details.url) || details.resourceType !== 'mainFrame') {
      callback({});
      return;
    }
    const headers = { ...details.responseHeaders };
    for (const name of Object.keys(headers)) {
      if (name.toLowerCase() === 'content-security-policy') delete headers[name];
    }
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [csp] } });
  });
}

/** Hardens every webContents the app ever creates (windows, devtools, anything else). */
export function installWebContentsGuard(app: Pick<App, 'on'>, policy: NavigationPolicy): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, policy));
}
