import type { MenuItemConstructorOptions } from 'electron';

/** Renderer command ids the menu can trigger (declared by the renderer's command registry). */
export const MENU_COMMANDS = {
  newProject: 'loupe.project.new',
  openProject: 'loupe.project.open',
  closeProject: 'loupe.project.close',
  commandPalette: 'loupe.workbench.commandPalette',
  toggleTheme: 'loupe.workbench.toggleTheme',
} as const;

export type MenuCommand = (typeof MENU_COMMANDS)[keyof typeof MENU_COMMANDS];

export interface MenuTemplateInput {
  readonly appName: string;
  readonly isMac: boolean;
  readonly isDev: boolean;
  /** Asks the renderer to run a command (the window's own keybindings stay in charge of keys). */
  sendCommand(command: MenuCommand): void;
}

/**
 * The application menu. Items that run renderer commands show their shortcut but do not
 * register it (`registerAccelerator: false`), so the key reaches the renderer's keybindings.
 */
export function createMenuTemplate(input: MenuTemplateInput): MenuItemConstructorOptions[] {
  const command = (label: string, id: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => input.sendCommand(id),
    ...(accelerator === undefined ? {} : { accelerator, registerAccelerator: false }),
  });
  const appMenu: MenuItemConstructorOptions[] = input.isMac
    ? [
        {
          label: input.appName,
          submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
        },
      ]
    : [];
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('New Project…', MENU_COMMANDS.newProject, 'CmdOrCtrl+N'),
      command('Open Project…', MENU_COMMANDS.openProject, 'CmdOrCtrl+O'),
      command('Close Project', MENU_COMMANDS.closeProject),
      ...(input.isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      command('Command Palette…', MENU_COMMANDS.commandPalette, 'CmdOrCtrl+Shift+P'),
      command('Toggle Theme', MENU_COMMANDS.toggleTheme),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(input.isDev ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };
  const help: MenuItemConstructorOptions = { label: '&Help', role: 'help', submenu: [{ role: 'about', label: `About ${input.appName}` }] };
  return [...appMenu, file, edit, view, help];
}
