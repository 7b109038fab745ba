export type WorkbenchPart = 'sidebar' | 'editor' | 'panel';

const CONTENT: Readonly<Record<WorkbenchPart, string>> = {
  sidebar: '.sidebar-content',
  editor: '.editor-content, .watermark',
  panel: '.panel-content',
};

/**
 * Moves keyboard focus into a part after it renders: its first control, else the part itself.
 * Unless focus moved in between (a palette or dialog opened by the next keys): that wins.
 */
export function focusPart(part: WorkbenchPart): void {
  const before = document.activeElement;
  requestAnimationFrame(() => {
    if (document.activeElement !== before && document.activeElement !== document.body) return;
    const root = document.querySelector<HTMLElement>(`[data-part="${part}"]`);
    const content = root?.querySelector<HTMLElement>(CONTENT[part]);
    const first = content?.querySelector<HTMLElement>('[tabindex="0"], button, input, a[href]');
    (first ?? content ?? root)?.focus();
  });
}
