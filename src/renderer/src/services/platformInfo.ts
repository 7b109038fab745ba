/** Facts about the machine the renderer runs on, read once from the browser. */

function detectMac(): boolean {
  if (typeof navigator === 'undefined') return false;
  const data = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData;
  const platform = data?.platform ?? navigator.platform ?? '';
  return /mac|iphone|ipad/i.test(platform) || (!platform && /Macintosh/.test(navigator.userAgent));
}

/** True on macOS, where the primary modifier is Cmd instead of Ctrl. */
export const isMac: boolean = detectMac();
