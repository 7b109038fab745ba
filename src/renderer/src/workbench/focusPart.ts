export type WorkbenchPart = 'sidebar' | 'editor' | 'panel';

const CONTENT: Readonly<Record<WorkbenchPart, string>> = {
  sidebar: '.sidebar-content',
  editor: '.editor-content, .watermark',
  panel: '.panel-content',
};

/** Moves keyboard focus into a part after it renders: its first control, else the part itself. */
export function focusPart(part: WorkbenchPart): void {
  requestAnimationFrame(() => {
    const root = document.querySelector<HTMLElement>(`[data-part="${part}"]`);
    const content = root?.querySelector<HTMLElement>(CONTENT[part]);
    const first = content?.querySelector<HTMLElement>('[tabindex="0"], button, input, a[href]');
    (first ?? content ?? root)?.focus();
  });
}
