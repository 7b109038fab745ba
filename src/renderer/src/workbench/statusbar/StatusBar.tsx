import type { ReactNode } from 'react';
import { isJobActive, useCurrentProject, useJobs } from '../../services/queries';
import { Codicon } from '../components/Codicon';
import { useCommandTooltip } from '../components/CommandButton';
import { ProgressBar } from '../components/ProgressBar';
import { useNotificationStore } from '../notifications/notificationStore';
import { useProblemsStore } from '../problems/problemsStore';
import { THEME_LABELS, useEffectiveTheme, useThemeStore } from '../theme/themeStore';
import { useWorkbench } from '../WorkbenchContext';
import { useStatusMessageStore } from './statusMessageStore';
import './statusbar.css';

function StatusItem({ commandId, args, tooltip, label, children }: { commandId: string; args?: unknown; tooltip: string; label?: string; children: ReactNode }) {
  const { run } = useWorkbench();
  return (
    <button type="button" className="statusbar-item" title={tooltip} aria-label={label ?? tooltip} onClick={() => void run(commandId, args, 'mouse')}>
      {children}
    </button>
  );
}

function RunningJobs() {
  const jobs = useJobs().data?.filter(isJobActive) ?? [];
  const first = jobs[0];
  if (!first) return null;
  const percent = first.total > 0 ? Math.round((100 * first.done) / first.total) : undefined;
  const more = jobs.length > 1 ? ` (+${jobs.length - 1} more)` : '';
  return (
    <StatusItem commandId="loupe.panel.showJobs" tooltip={`${first.title}: ${first.message || 'running'}${more}. Show Jobs`}>
      <Codicon name="sync" spin />
      <span className="statusbar-job-title">{first.title}</span>
      <ProgressBar className="statusbar-progress" done={first.done} total={first.total} label={`${first.title} progress`} />
      {percent !== undefined && <span>{percent}%</span>}
      {more && <span>{more}</span>}
    </StatusItem>
  );
}

/** The status bar: project, problems, running jobs on the left; counts, theme, notifications on the right. */
export function StatusBar() {
  const project = useCurrentProject();
  const problems = useProblemsStore((s) => s.problems);
  const unread = useNotificationStore((s) => s.items.length);
  const message = useStatusMessageStore((s) => s.message);
  const preference = useThemeStore((s) => s.preference);
  const theme = useEffectiveTheme();
  const recentTooltip = useCommandTooltip('loupe.projects.openRecent', 'Open Recent Project');
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const themeText = preference === 'system' ? `${THEME_LABELS[theme]} (following the OS)` : THEME_LABELS[theme];

  return (
    <footer className={`statusbar ${project ? '' : 'no-project'}`} aria-label="Status bar">
      <div className="statusbar-left">
        <StatusItem commandId="loupe.projects.openRecent" tooltip={project ? `${project.path}\n${recentTooltip}` : recentTooltip} label={project ? `Project ${project.name}` : 'No project open'}>
          <Codicon name={project ? 'folder-library' : 'folder'} />
          <span className="statusbar-project">{project ? project.name : 'No Project'}</span>
        </StatusItem>
        <StatusItem commandId="loupe.panel.showProblems" tooltip="Problems" label={`${errors} errors, ${warnings} warnings`}>
          <Codicon name="error" />
          <span>{errors}</span>
          <Codicon name="warning" />
          <span>{warnings}</span>
        </StatusItem>
        <RunningJobs />
        {message && (
          <span className="statusbar-message" role="status">
            {message}
          </span>
        )}
      </div>
      <div className="statusbar-right">
        {project && (
          <StatusItem commandId="loupe.projects.showOverview" tooltip={`${project.responseCount.toLocaleString()} responses, ${project.verbatimCount.toLocaleString()} verbatims. Show Project Overview`} label={`${project.responseCount.toLocaleString()} responses`}>
            <Codicon name="comment-discussion" />
            <span data-testid="response-count">{project.responseCount.toLocaleString()} responses</span>
          </StatusItem>
        )}
        <StatusItem commandId="loupe.theme.toggle" tooltip={`Theme: ${themeText}. Click to switch between light and dark`} label={`Theme: ${themeText}`}>
          <Codicon name="color-mode" />
          <span>{THEME_LABELS[theme]}</span>
        </StatusItem>
        <StatusItem commandId="loupe.notifications.toggleCenter" tooltip={unread ? `${unread} notifications` : 'No new notifications'}>
          <Codicon name={unread ? 'bell-dot' : 'bell'} />
        </StatusItem>
      </div>
    </footer>
  );
}
