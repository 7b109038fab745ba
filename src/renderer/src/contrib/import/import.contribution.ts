import type { Contribution } from '../../workbench/registry';
import { ExcludedRowsEditor } from './ExcludedRowsEditor';
import { EXCLUDED_ROWS_EDITOR, IMPORT_SUMMARY_EDITOR, IMPORT_WIZARD_EDITOR, importCommands, REMOVE_IMPORT_DIALOG } from './importCommands';
import { ImportSummaryEditor } from './ImportSummaryEditor';
import { ImportWizardEditor } from './ImportWizardEditor';
import { RemoveImportDialog } from './RemoveImportDialog';

/** Import: the wizard that brings survey exports into the project, and what can be done with an import after. */
export const registerImport: Contribution = (registry) => {
  for (const command of importCommands) registry.commands.register(command);
  registry.registerEditor({
    kind: IMPORT_WIZARD_EDITOR,
    title: 'Import Survey Export',
    icon: 'file-add',
    component: ImportWizardEditor,
    when: 'projectOpen',
    openCommand: 'loupe.import.open',
  });
  registry.registerEditor({ kind: IMPORT_SUMMARY_EDITOR, title: 'Import Summary', icon: 'info', component: ImportSummaryEditor, when: 'projectOpen' });
  registry.registerEditor({ kind: EXCLUDED_ROWS_EDITOR, title: 'Excluded Rows', icon: 'filter', component: ExcludedRowsEditor, when: 'projectOpen' });
  registry.registerDialog({ id: REMOVE_IMPORT_DIALOG, component: RemoveImportDialog });
};
