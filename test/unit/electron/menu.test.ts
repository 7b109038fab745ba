import { describe, expect, it } from 'vitest';
import { createMenuTemplate, MENU_COMMANDS, type MenuCommand } from '../../../src/main/electron/menu';

type MenuItemConstructorOptions = ReturnType<typeof createMenuTemplate>[number];

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(isDev: boolean, isMac = false) {
  const sent: MenuCommand[] = [];
  const template = createMenuTemplate({ appName: 'Loupe', isMac, isDev, sendCommand: (command) => sent.push(command) });
  return { template, items: flatten(template), sent };
}

describe('application menu', () => {
  it('has File, Edit, View and Help (plus the app menu on macOS)', () => {
    expect(build(false).template.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(build(false, true).template.map((item) => item.label)).toEqual(['Loupe', '&File', '&Edit', '&View', '&Help']);
  });

  it('offers Toggle Dev Tools and Reload only in development', () => {
    expect(build(false).items.some((item) => item.role === 'toggleDevTools' || item.role === 'reload' || item.role === 'forceReload')).toBe(false);
    expect(build(true).items.some((item) => item.role === 'toggleDevTools')).toBe(true);
  });

  it('sends renderer commands on click and leaves their keys to the renderer', () => {
    const { items, sent } = build(false);
    const commandItems = items.filter((item) => item.click !== undefined);
    for (const item of commandItems) (item.click as () => void)();
    expect([...sent].sort()).toEqual(Object.values(MENU_COMMANDS).sort());
    for (const item of commandItems.filter((i) => i.accelerator !== undefined)) expect(item.registerAccelerator, item.label).toBe(false);
  });

  it('has Quit and the standard edit roles', () => {
    const roles = build(false).items.map((item) => item.role);
    for (const role of ['quit', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']) expect(roles).toContain(role);
  });
});
