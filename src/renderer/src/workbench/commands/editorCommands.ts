import { z } from 'zod';
import { keyArgs, readArgs } from '../../commands/commandArgs';
import type { CommandDefinition } from '../../commands/commandTypes';
import { editorKey } from '../editor/editorInput';
import { useEditorStore } from '../editor/editorStore';
import { focusPart } from '../focusPart';
import { logOutput } from '../output/outputStore';
import { useQuickInputStore } from '../quickinput/quickInputStore';
import type { WorkbenchRegistry } from '../registry';

/** The tab a command acts on: the one named in its arguments, else the active one. */
function targetKey(args: unknown): string | undefined {
  return readArgs(keyArgs, args)?.key ?? useEditorStore.getState().activeKey;
}

function titleOf(registry: WorkbenchRegistry, key: string): string {
  const tab = useEditorStore.getState().tabs.find((t) => editorKey(t) === key);
  return tab ? (tab.label ?? registry.editor(tab.kind)?.title ?? tab.kind) : key;
}

const moveToArgs = z.object({ key: z.string().min(1), index: z.number().int().min(0) });

/** Tab commands: close, reopen, reorder, cycle. */
export function editorCommands(registry: WorkbenchRegistry): readonly CommandDefinition[] {
  const move = (delta: number) => (_: unknown, args?: unknown) => {
    const key = targetKey(args);
    if (key) useEditorStore.getState().move(key, delta);
  };
  return [
    {
      id: 'loupe.editor.close',
      title: 'Close Editor',
      category: 'View',
      keybinding: 'Ctrl+W',
      when: 'editorOpen',
      icon: 'close',
      handler: (_, args) => {
        const key = targetKey(args);
        if (!key) return;
        logOutput(`Closed ${titleOf(registry, key)}`);
        useEditorStore.getState().close(key);
      },
    },
    {
      id: 'loupe.editor.closeOthers',
      title: 'Close Other Editors',
      category: 'View',
      when: 'multipleEditors',
      handler: (_, args) => {
        const key = targetKey(args);
        if (key) useEditorStore.getState().closeOthers(key);
      },
    },
    {
      id: 'loupe.editor.closeAll',
      title: 'Close All Editors',
      category: 'View',
      keybinding: 'Ctrl+K W',
      when: 'editorOpen',
      icon: 'close-all',
      handler: () => useEditorStore.getState().closeAll(),
    },
    {
      id: 'loupe.editor.reopenClosed',
      title: 'Reopen Closed Editor',
      category: 'View',
      keybinding: 'Ctrl+Shift+T',
      when: 'hasClosedEditors',
      icon: 'history',
      handler: () => {
        const reopened = useEditorStore.getState().reopenClosed();
        if (reopened) logOutput(`Reopened ${titleOf(registry, editorKey(reopened))}`);
      },
    },
    {
      id: 'loupe.editor.moveLeft',
      title: 'Move Editor Left',
      category: 'View',
      keybinding: 'Ctrl+Shift+PageUp',
      when: 'multipleEditors',
      icon: 'arrow-left',
      handler: move(-1),
    },
    {
      id: 'loupe.editor.moveRight',
      title: 'Move Editor Right',
      category: 'View',
      keybinding: 'Ctrl+Shift+PageDown',
      when: 'multipleEditors',
      icon: 'arrow-right',
      handler: move(1),
    },
    {
      id: 'loupe.editor.moveTo',
      title: 'Move Editor to Position…',
      category: 'View',
      when: 'multipleEditors',
      handler: async (_, args) => {
        let target = readArgs(moveToArgs, args);
        if (!target) {
          const { tabs, activeKey } = useEditorStore.getState();
          if (!activeKey) return;
          const picked = await useQuickInputStore.getState().pick({
            placeholder: `Move “${titleOf(registry, activeKey)}” to position…`,
            items: tabs.map((tab, index) => ({
              id: String(index),
              label: `${index + 1}`,
              description: `where “${tab.label ?? registry.editor(tab.kind)?.title ?? tab.kind}” is now`,
            })),
            activeId: String(tabs.findIndex((tab) => editorKey(tab) === activeKey)),
          });
          target = picked ? { key: activeKey, index: Number(picked.id) } : undefined;
        }
        if (target) useEditorStore.getState().moveTo(target.key, target.index);
      },
    },
    {
      id: 'loupe.editor.next',
      title: 'Open Next Editor',
      category: 'View',
      keybinding: 'Ctrl+PageDown',
      when: 'multipleEditors',
      handler: () => useEditorStore.getState().cycle(1),
    },
    {
      id: 'loupe.editor.previous',
      title: 'Open Previous Editor',
      category: 'View',
      keybinding: 'Ctrl+PageUp',
      when: 'multipleEditors',
      handler: () => useEditorStore.getState().cycle(-1),
    },
    {
      id: 'loupe.editor.activate',
      title: 'Show Open Editors…',
      category: 'View',
      when: 'editorOpen',
      icon: 'files',
      handler: async (_, args) => {
        let key = readArgs(keyArgs, args)?.key;
        if (key === undefined) {
          const { tabs, activeKey } = useEditorStore.getState();
          const picked = await useQuickInputStore.getState().pick({
            placeholder: 'Select an open editor',
            items: tabs.map((tab) => ({
              id: editorKey(tab),
              label: tab.label ?? registry.editor(tab.kind)?.title ?? tab.kind,
              icon: registry.editor(tab.kind)?.icon ?? 'file',
            })),
            ...(activeKey ? { activeId: activeKey } : {}),
          });
          key = picked?.id;
        }
        if (key) {
          useEditorStore.getState().activate(key);
          if (args === undefined) focusPart('editor');
        }
      },
    },
  ];
}
