import { Suspense } from 'react';
import { EmptyState } from '../components/EmptyState';
import { useWorkbench } from '../WorkbenchContext';
import { editorKey } from './editorInput';
import { EditorTabs } from './EditorTabs';
import { useEditorStore } from './editorStore';
import { Watermark } from './Watermark';
import './editor.css';

/** The editor area: tab strip and the active editor, or the watermark when none is open. */
export function EditorArea() {
  const { registry } = useWorkbench();
  const tabs = useEditorStore((s) => s.tabs);
  const activeKey = useEditorStore((s) => s.activeKey);
  const active = tabs.find((tab) => editorKey(tab) === activeKey);
  const descriptor = active && registry.editor(active.kind);
  const Editor = descriptor?.component;
  return (
    <section className="editor-area" aria-label="Editor" data-part="editor">
      {tabs.length === 0 ? (
        <Watermark />
      ) : (
        <>
          <EditorTabs />
          <div
            className="editor-content"
            id="editor-content"
            role="tabpanel"
            tabIndex={-1}
            aria-labelledby={active ? `tab-${editorKey(active)}` : undefined}
          >
            {active && Editor ? (
              // An editor may load its code on first use (React.lazy): the tab says so meanwhile.
              <Suspense fallback={<p className="view-welcome muted">Loading…</p>}>
                <Editor key={editorKey(active)} input={active} />
              </Suspense>
            ) : (
              <EmptyState icon="warning" title="This editor is not available">
                <p>It belongs to a feature this version of Loupe does not have. Close the tab to continue.</p>
              </EmptyState>
            )}
          </div>
        </>
      )}
    </section>
  );
}
