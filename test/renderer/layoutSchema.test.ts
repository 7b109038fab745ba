import { describe, expect, it } from 'vitest';
import { parseSavedLayout } from '../../src/renderer/src/workbench/layout/layoutSchema';
import { DEFAULT_LAYOUT } from '../../src/renderer/src/workbench/layout/layoutStore';

describe('saved layouts', () => {
  it('reads a saved layout, filling what is missing with the defaults', () => {
    const parsed = parseSavedLayout({
      version: 1,
      layout: { sidebarWidth: 333, panelVisible: true, panelTab: 'jobs' },
      editors: { tabs: [{ kind: 'settings' }, { kind: 'dataset', resource: '3', label: 'survey.csv' }], activeKey: 'dataset:3' },
    });
    expect(parsed).toEqual({
      version: 1,
      layout: { ...DEFAULT_LAYOUT, sidebarWidth: 333, panelVisible: true, panelTab: 'jobs' },
      editors: { tabs: [{ kind: 'settings' }, { kind: 'dataset', resource: '3', label: 'survey.csv' }], activeKey: 'dataset:3' },
    });
  });

  it('ignores anything it does not understand', () => {
    expect(parseSavedLayout(undefined)).toBeUndefined();
    expect(parseSavedLayout({ version: 2, layout: {}, editors: { tabs: [] } })).toBeUndefined();
    expect(parseSavedLayout({ version: 1, layout: { panelTab: 'terminal' }, editors: { tabs: [] } })).toBeUndefined();
    expect(parseSavedLayout({ version: 1, layout: {}, editors: { tabs: [{ kind: '' }] } })).toBeUndefined();
  });
});
