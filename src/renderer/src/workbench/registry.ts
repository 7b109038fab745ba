import type { ComponentType } from 'react';
import { CommandRegistry } from '../commands/commandRegistry';
import type { WhenPredicate } from '../commands/whenClause';
import { compileWhen } from '../commands/whenClause';
import type { EditorInput } from './editor/editorInput';

/** A side bar view, with its activity bar entry. */
export interface ViewDescriptor {
  readonly id: string;
  readonly title: string;
  /** Codicon name for the activity bar. */
  readonly icon: string;
  readonly order: number;
  readonly component: ComponentType;
  /** The command that shows this view (its keybinding is shown in the activity bar tooltip). */
  readonly showCommand?: string;
  /** Commands shown as icon buttons in the view's title bar. */
  readonly actions?: readonly string[];
}

export interface EditorProps {
  readonly input: EditorInput;
}

/** A kind of editor tab. */
export interface EditorDescriptor {
  readonly kind: string;
  /** Tab title; the input's label wins when present. */
  readonly title: string;
  readonly icon: string;
  readonly component: ComponentType<EditorProps>;
  /** When the editor can be shown, e.g. "projectOpen"; tabs failing it are closed on restore. */
  readonly when?: string;
  /** The command that opens it, offered by quick open. */
  readonly openCommand?: string;
}

export interface RegisteredEditor extends EditorDescriptor {
  readonly enabled: WhenPredicate;
}

export interface DialogProps {
  readonly args?: unknown;
  readonly onClose: () => void;
}

export interface DialogDescriptor {
  readonly id: string;
  readonly component: ComponentType<DialogProps>;
}

/**
 * Everything contributions add to the workbench: commands, views, editors and dialogs.
 * Built once at start-up (see contrib/contributions.ts), then only read.
 */
export class WorkbenchRegistry {
  readonly commands = new CommandRegistry();
  private readonly views = new Map<string, ViewDescriptor>();
  private readonly editors = new Map<string, RegisteredEditor>();
  private readonly dialogs = new Map<string, DialogDescriptor>();

  registerView(view: ViewDescriptor): void {
    if (this.views.has(view.id)) throw new Error(`View "${view.id}" is registered twice`);
    this.views.set(view.id, view);
  }

  registerEditor(editor: EditorDescriptor): void {
    if (this.editors.has(editor.kind)) throw new Error(`Editor "${editor.kind}" is registered twice`);
    this.editors.set(editor.kind, { ...editor, enabled: compileWhen(editor.when) });
  }

  registerDialog(dialog: DialogDescriptor): void {
    if (this.dialogs.has(dialog.id)) throw new Error(`Dialog "${dialog.id}" is registered twice`);
    this.dialogs.set(dialog.id, dialog);
  }

  view(id: string): ViewDescriptor | undefined {
    return this.views.get(id);
  }

  allViews(): readonly ViewDescriptor[] {
    return [...this.views.values()].sort((a, b) => a.order - b.order);
  }

  editor(kind: string): RegisteredEditor | undefined {
    return this.editors.get(kind);
  }

  allEditors(): readonly RegisteredEditor[] {
    return [...this.editors.values()];
  }

  dialog(id: string): DialogDescriptor | undefined {
    return this.dialogs.get(id);
  }
}

/** A feature's registration function, in contrib/<feature>/<feature>.contribution.ts. */
export type Contribution = (registry: WorkbenchRegistry) => void;
