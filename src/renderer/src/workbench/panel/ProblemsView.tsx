import { Codicon } from '../components/Codicon';
import { IconButton } from '../components/Button';
import { navigateList } from '../components/listNavigation';
import { useProblemsStore } from '../problems/problemsStore';

const time = (date: Date) => date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** Errors raised by actions: what went wrong, where, and what to do. */
export function ProblemsView() {
  const problems = useProblemsStore((s) => s.problems);
  const remove = useProblemsStore((s) => s.remove);
  if (problems.length === 0) {
    return <p className="panel-empty">No problems have been detected. Errors raised by actions are listed here with what to do about them.</p>;
  }
  return (
    <ul className="problems-list" aria-label="Problems" onKeyDown={navigateList}>
      {problems.map((problem) => (
        <li key={problem.id} className="problem" tabIndex={0} data-nav-item data-code={problem.code}>
          <Codicon name={problem.severity === 'error' ? 'error' : 'warning'} className={`problem-icon ${problem.severity}`} />
          <div className="problem-text">
            <div className="problem-message">
              <span className="selectable">{problem.message}</span>
              <span className="problem-meta">
                {problem.source} · {problem.code} · {time(problem.time)}
                {problem.count > 1 && ` · ×${problem.count}`}
              </span>
            </div>
            {problem.detail && <div className="problem-detail selectable">{problem.detail}</div>}
          </div>
          <IconButton icon="close" label="Dismiss problem" className="problem-dismiss" onClick={() => remove(problem.id)} />
        </li>
      ))}
    </ul>
  );
}
