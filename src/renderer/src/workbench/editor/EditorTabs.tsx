import type { DragEvent, KeyboardEvent } from 'react';
import { useState } from 'react';
import { Codicon } from '../components/Codicon';
import { useCommandTooltip } from '../components/CommandButton';
import { IconButton } from '../components/Button';
import type { MenuEntry } from '../components/Menu';
import { Menu } from '../components/Menu';
import { useMenu } from '../components/useMenu';
import { useWorkbench } from '../WorkbenchContext';
import { editorKey } from './editorInput';
import { useEditorStore } from './editorStore';

const DRAG_TYPE = 'application/x-loupe-editor';

function tabMenu(key: string): MenuEntry[] {
  return [
    { commandId: 'loupe.editor.close', args: { key } },
    { commandId: 'loupe.editor.closeOthers', args: { key } },
    { commandId: 'loupe.editor.closeAll' },
    'separator',
    { commandId: 'loupe.editor.moveLeft', args: { key } },
    { commandId: 'loupe.editor.moveRight', args: { key } },
  ];
}

const GROUP_MENU: MenuEntry[] = [
  { commandId: 'loupe.editor.closeAll' },
  { commandId: 'loupe.editor.reopenClosed' },
  'separator',
  { commandId: 'loupe.editor.moveLeft' },
  { commandId: 'loupe.editor.moveRight' },
];

/** The tab strip: click to activate, middle-click or × to close, drag to reorder, arrows to move focus. */
export function EditorTabs() {
  const { registry, run } = useWorkbench();
  const tabs = useEditorStore((s) => s.tabs);
  const activeKey = useEditorStore((s) => s.activeKey);
  const [dropIndex, setDropIndex] = useState<number | undefined>(undefined);
  const [menuKey, setMenuKey] = useState<string | undefined>(undefined);
  const tabMenuState = useMenu();
  const groupMenu = useMenu();
  const closeTooltip = useCommandTooltip('loupe.editor.close', 'Close');

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number) => {
    const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (delta !== 0) {
      const next = tabs[(index + delta + tabs.length) % tabs.length];
      if (next) {
        run('loupe.editor.activate', { key: editorKey(next) }, 'keyboard');
        document.getElementById(`tab-${editorKey(next)}`)?.focus();
      }
      event.preventDefault();
    } else if (event.key === 'Delete') {
      run('loupe.editor.close', { key: editorKey(tabs[index]!) }, 'keyboard');
      event.preventDefault();
    }
  };

  const onDragOver = (event: DragEvent<HTMLDivElement>, index: number) => {
    if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
    event.preventDefault();
    const rect = event.currentTarget.getBoundingClientRect();
    setDropIndex(event.clientX < rect.left + rect.width / 2 ? index : index + 1);
  };

  const onDrop = (event: DragEvent) => {
    const key = event.dataTransfer.getData(DRAG_TYPE);
    const from = tabs.findIndex((tab) => editorKey(tab) === key);
    if (key && from >= 0 && dropIndex !== undefined) {
      event.preventDefault();
      run('loupe.editor.moveTo', { key, index: dropIndex > from ? dropIndex - 1 : dropIndex }, 'mouse');
    }
    setDropIndex(undefined);
  };

  return (
    <div className="editor-tabs-container">
      <div className="editor-tabs" role="tablist" aria-label="Open editors" onDragLeave={() => setDropIndex(undefined)}>
        {tabs.map((tab, index) => {
          const key = editorKey(tab);
          const descriptor = registry.editor(tab.kind);
          const title = tab.label ?? descriptor?.title ?? tab.kind;
          const active = key === activeKey;
          return (
            <div
              key={key}
              id={`tab-${key}`}
              role="tab"
              aria-selected={active}
              aria-controls="editor-content"
              tabIndex={active ? 0 : -1}
              title={title}
              draggable
              data-editor={key}
              className={`editor-tab ${active ? 'active' : ''} ${dropIndex === index ? 'drop-before' : ''} ${dropIndex === index + 1 && index === tabs.length - 1 ? 'drop-after' : ''}`}
              onClick={() => run('loupe.editor.activate', { key }, 'mouse')}
              onMouseDown={(e) => e.button === 1 && e.preventDefault()}
              onAuxClick={(e) => {
                if (e.button === 1) void run('loupe.editor.close', { key }, 'mouse');
              }}
              onContextMenu={(e) => {
                setMenuKey(key);
                tabMenuState.openAtEvent(e);
              }}
              onKeyDown={(e) => onKeyDown(e, index)}
              onDragStart={(e) => {
                e.dataTransfer.setData(DRAG_TYPE, key);
                e.dataTransfer.effectAllowed = 'move';
              }}
              onDragOver={(e) => onDragOver(e, index)}
              onDrop={onDrop}
              onDragEnd={() => setDropIndex(undefined)}
            >
              <Codicon name={descriptor?.icon ?? 'file'} className="editor-tab-icon" />
              <span className="editor-tab-label">{title}</span>
              <button
                type="button"
                className="editor-tab-close"
                tabIndex={-1}
                aria-label={`${closeTooltip}: ${title}`}
                title={closeTooltip}
                onClick={(e) => {
                  e.stopPropagation();
                  void run('loupe.editor.close', { key }, 'mouse');
                }}
              >
                <Codicon name="close" />
              </button>
            </div>
          );
        })}
      </div>
      <div className="editor-tabs-actions">
        <IconButton icon="ellipsis" label="More Actions…" onClick={(e) => groupMenu.openBelow(e.currentTarget)} />
      </div>
      {tabMenuState.position && menuKey && (
        <Menu label="Tab actions" entries={tabMenu(menuKey)} {...tabMenuState.position} onClose={tabMenuState.close} />
      )}
      {groupMenu.position && <Menu label="Editor actions" entries={GROUP_MENU} {...groupMenu.position} onClose={groupMenu.close} />}
    </div>
  );
}
