import { useRecentProjects } from '../../services/queries';
import { IconButton } from '../../workbench/components/Button';
import { useWorkbench } from '../../workbench/WorkbenchContext';

/** Recent projects: click to open; missing files are greyed and can be removed. */
export function RecentProjects() {
  const { run } = useWorkbench();
  const recent = useRecentProjects();
  if (recent.isPending) return <p className="welcome-note">Loading…</p>;
  const projects = recent.data ?? [];
  if (projects.length === 0) {
    return <p className="welcome-note">No recent projects. Projects you create or open will be listed here.</p>;
  }
  return (
    <ul className="welcome-recent" aria-label="Recent projects">
      {projects.slice(0, 10).map((project) => (
        <li key={project.path} className={project.exists ? '' : 'missing'}>
          <button
            type="button"
            className="welcome-recent-open"
            disabled={!project.exists}
            title={project.exists ? project.path : `${project.path} no longer exists`}
            onClick={() => void run('loupe.projects.openRecent', { path: project.path }, 'button')}
          >
            <span className="welcome-recent-name">{project.name}</span>
            {!project.exists && <span className="welcome-recent-tag">missing</span>}
            <span className="welcome-recent-path">{project.path}</span>
          </button>
          <IconButton
            icon="close"
            label={`Remove ${project.name} from the recent list`}
            className="welcome-recent-remove"
            onClick={() => void run('loupe.projects.forgetRecent', { path: project.path }, 'button')}
          />
        </li>
      ))}
    </ul>
  );
}
