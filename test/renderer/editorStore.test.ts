import { beforeEach, describe, expect, it } from 'vitest';
import { editorKey } from '../../src/renderer/src/workbench/editor/editorInput';
import { useEditorStore } from '../../src/renderer/src/workbench/editor/editorStore';

const store = () => useEditorStore.getState();
const keys = () => store().tabs.map(editorKey);

describe('editor tabs', () => {
  beforeEach(() => {
    store().apply({ tabs: [] });
    for (const kind of ['a', 'b', 'c']) store().open({ kind });
  });

  it('opens each editor once, right of the active one, and activates it', () => {
    expect(keys()).toEqual(['a', 'b', 'c']);
    store().activate('a');
    store().open({ kind: 'd', resource: '7', label: 'survey.csv' });
    expect(keys()).toEqual(['a', 'd:7', 'b', 'c']);
    expect(store().activeKey).toBe('d:7');
    store().open({ kind: 'b' });
    expect(keys()).toEqual(['a', 'd:7', 'b', 'c']);
    expect(store().activeKey).toBe('b');
  });

  it('closes a tab, activates its neighbour, and reopens closed tabs most recent first', () => {
    store().close('c');
    expect(keys()).toEqual(['a', 'b']);
    expect(store().activeKey).toBe('b');
    store().close('a');
    expect(store().activeKey).toBe('b');
    expect(store().reopenClosed()).toEqual({ kind: 'a' });
    expect(store().reopenClosed()).toEqual({ kind: 'c' });
    expect(store().reopenClosed()).toBeUndefined();
    expect(new Set(keys())).toEqual(new Set(['a', 'b', 'c']));
  });

  it('moves tabs left and right (clamped) and to an index', () => {
    store().move('c', -1);
    expect(keys()).toEqual(['a', 'c', 'b']);
    store().move('a', -1);
    expect(keys()).toEqual(['a', 'c', 'b']);
    store().moveTo('b', 0);
    expect(keys()).toEqual(['b', 'a', 'c']);
  });

  it('cycles through tabs, and closes others or all', () => {
    store().cycle(1);
    expect(store().activeKey).toBe('a');
    store().closeOthers('b');
    expect(keys()).toEqual(['b']);
    store().closeAll();
    expect(keys()).toEqual([]);
    expect(store().activeKey).toBeUndefined();
  });
});
