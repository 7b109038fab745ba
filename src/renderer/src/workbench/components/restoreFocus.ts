/**
 * Gives focus back to `previous` when a popup closes, unless focus already moved somewhere
 * else on purpose (a quick pick the popup's action opened, say).
 */
export function restoreFocus(previous: HTMLElement | undefined, popup: HTMLElement | null): void {
  const active = document.activeElement;
  const lost = active === null || active === document.body || (popup !== null && popup.contains(active));
  if (lost && previous?.isConnected) previous.focus();
}
