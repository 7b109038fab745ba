import { z } from 'zod';
import type { EditorSnapshot } from '../editor/editorStore';
import type { LayoutSnapshot } from './layoutStore';
import { DEFAULT_LAYOUT, PANEL_TABS } from './layoutStore';

/** The layout as saved per project (projects.saveLayout) or in localStorage without a project. */
export interface SavedLayout {
  readonly version: 1;
  readonly layout: LayoutSnapshot;
  readonly editors: EditorSnapshot;
}

const text = (max: number) => z.string().min(1).max(max);

const savedLayoutSchema = z.object({
  version: z.literal(1),
  layout: z
    .object({
      sidebarVisible: z.boolean(),
      sidebarWidth: z.number().finite(),
      activeView: text(100),
      panelVisible: z.boolean(),
      panelHeight: z.number().finite(),
      panelTab: z.enum(PANEL_TABS as [string, ...string[]]),
    })
    .partial(),
  editors: z.object({
    tabs: z.array(z.object({ kind: text(100), resource: text(500).optional(), label: text(300).optional() })).max(100),
    activeKey: text(700).optional(),
  }),
});

/** Reads a saved layout; undefined when absent or not one this version understands. */
export function parseSavedLayout(value: unknown): SavedLayout | undefined {
  const parsed = savedLayoutSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const { layout, editors } = parsed.data;
  return {
    version: 1,
    layout: { ...DEFAULT_LAYOUT, ...layout } as LayoutSnapshot,
    editors: {
      tabs: editors.tabs.map(({ kind, resource, label }) => ({
        kind,
        ...(resource === undefined ? {} : { resource }),
        ...(label === undefined ? {} : { label }),
      })),
      ...(editors.activeKey === undefined ? {} : { activeKey: editors.activeKey }),
    },
  };
}
