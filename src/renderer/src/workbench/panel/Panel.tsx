import type { KeyboardEvent } from 'react';
import { isJobActive, useJobs } from '../../services/queries';
import { CommandIconButton } from '../components/CommandButton';
import type { PanelTab } from '../layout/layoutStore';
import { PANEL_TABS, useLayoutStore } from '../layout/layoutStore';
import { useProblemsStore } from '../problems/problemsStore';
import { useWorkbench } from '../WorkbenchContext';
import { JobsView } from './JobsView';
import { OutputView } from './OutputView';
import { ProblemsView } from './ProblemsView';
import './panel.css';

const TITLES: Readonly<Record<PanelTab, string>> = { problems: 'Problems', output: 'Output', jobs: 'Jobs' };
const SHOW_COMMANDS: Readonly<Record<PanelTab, string>> = {
  problems: 'loupe.panel.showProblems',
  output: 'loupe.panel.showOutput',
  jobs: 'loupe.panel.showJobs',
};
const CLEAR_COMMANDS: Readonly<Record<PanelTab, string | undefined>> = {
  problems: 'loupe.problems.clear',
  output: 'loupe.output.clear',
  jobs: undefined,
};

/** The bottom panel: Problems, Output and Jobs. */
export function Panel() {
  const { run } = useWorkbench();
  const tab = useLayoutStore((s) => s.panelTab);
  const height = useLayoutStore((s) => s.panelHeight);
  const problemCount = useProblemsStore((s) => s.problems.length);
  const runningJobs = useJobs().data?.filter(isJobActive).length ?? 0;
  const badges: Record<PanelTab, number> = { problems: problemCount, output: 0, jobs: runningJobs };

  const onKeyDown = (event: KeyboardEvent) => {
    const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!delta) return;
    const next = PANEL_TABS[(PANEL_TABS.indexOf(tab) + delta + PANEL_TABS.length) % PANEL_TABS.length]!;
    void run(SHOW_COMMANDS[next], undefined, 'keyboard');
    document.getElementById(`panel-tab-${next}`)?.focus();
    event.preventDefault();
  };

  const clear = CLEAR_COMMANDS[tab];
  return (
    <section className="panel" style={{ height }} aria-label="Panel" data-part="panel">
      <header className="panel-header">
        <div className="panel-tabs" role="tablist" aria-label="Panel views" onKeyDown={onKeyDown}>
          {PANEL_TABS.map((id) => (
            <button
              key={id}
              id={`panel-tab-${id}`}
              type="button"
              role="tab"
              aria-selected={tab === id}
              aria-controls="panel-content"
              tabIndex={tab === id ? 0 : -1}
              className={`panel-tab ${tab === id ? 'active' : ''}`}
              onClick={() => void run(SHOW_COMMANDS[id], undefined, 'mouse')}
            >
              {TITLES[id]}
              {badges[id] > 0 && <span className="badge">{badges[id]}</span>}
            </button>
          ))}
        </div>
        <div className="panel-actions">
          {clear && <CommandIconButton commandId={clear} />}
          <CommandIconButton commandId="loupe.workbench.togglePanel" icon="close" title="Hide Panel" />
        </div>
      </header>
      <div className="panel-content" id="panel-content" role="tabpanel" aria-labelledby={`panel-tab-${tab}`} tabIndex={-1}>
        {tab === 'problems' && <ProblemsView />}
        {tab === 'output' && <OutputView />}
        {tab === 'jobs' && <JobsView />}
      </div>
    </section>
  );
}
