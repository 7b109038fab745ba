import type { QueryClient } from '@tanstack/react-query';
import type { JobInfo } from '../../../shared/model';
import type { ContextKeys } from '../commands/whenClause';
import { isTypingTarget } from '../commands/keyDispatch';
import { cachedProject, isJobActive, queryKeys } from '../services/queries';
import { isMac } from '../services/platformInfo';
import { useDialogStore } from './dialogs/dialogStore';
import { useEditorStore } from './editor/editorStore';
import { useLayoutStore } from './layout/layoutStore';
import { useProblemsStore } from './problems/problemsStore';
import { useQuickInputStore } from './quickinput/quickInputStore';

/** The context keys when clauses are evaluated against, read from the stores and the query cache. */
export function readContextKeys(queryClient: QueryClient): ContextKeys {
  const layout = useLayoutStore.getState();
  const editors = useEditorStore.getState();
  const jobs = queryClient.getQueryData<readonly JobInfo[]>(queryKeys.jobs) ?? [];
  return {
    isMac,
    projectOpen: cachedProject(queryClient) !== undefined,
    sidebarVisible: layout.sidebarVisible,
    panelVisible: layout.panelVisible,
    editorOpen: editors.tabs.length > 0,
    multipleEditors: editors.tabs.length > 1,
    verbatimsEditorActive: editors.activeKey === 'verbatims',
    /** Focus is in the verbatim grid (Ctrl+K picks a theme, Enter opens the response). */
    verbatimGridFocus: document.activeElement?.closest('.verbatims-grid') != null,
    /** Focus is on a theme in the Codebook view (F2 edits it, Delete deletes it). */
    codebookFocus: document.activeElement?.closest('.codebook-list') != null,
    /** Focus is in a text field: its own keys (Ctrl+Z undoes typing) come first. */
    inputFocus: isTypingTarget(document.activeElement),
    hasClosedEditors: editors.closed.length > 0,
    jobRunning: jobs.some(isJobActive),
    problemsPresent: useProblemsStore.getState().problems.length > 0,
    quickInputOpen: useQuickInputStore.getState().view.mode !== 'closed',
    dialogOpen: useDialogStore.getState().dialogId !== undefined,
  };
}
