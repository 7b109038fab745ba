import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { serializeError } from '../../../../shared/errors';
import { useApi } from '../../services/ApiProvider';
import { queryKeys, useCurrentProject, useGridViews } from '../../services/queries';
import { Button, IconButton } from '../../workbench/components/Button';
import { Popover } from '../../workbench/components/Popover';
import { useGridState } from './gridState';
import { SubmitForm } from '../../workbench/components/SubmitForm';
import { FieldProblem } from '../../workbench/components/FieldProblem';

/**
 * Saved views: a named set of filters and hidden columns, kept in the project. Choosing one shows
 * it; saving under an existing name replaces that view.
 */
export function ViewPicker() {
  const client = useApi();
  const queryClient = useQueryClient();
  const project = useCurrentProject();
  const views = useGridViews().data ?? [];
  const current = useGridState((s) => s.view);
  const setFilter = useGridState((s) => s.setFilter);
  const setHidden = useGridState((s) => s.setHidden);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.views(project?.path) });

  const save = async () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    try {
      const { filter, hidden } = useGridState.getState();
      const view = await client.api.views.save({ name: trimmed, filter, hidden: [...hidden] });
      setFilter(view.filter, view.name);
      setName('');
      setError(undefined);
      await refresh();
    } catch (e) {
      setError(serializeError(e).message);
    }
  };

  return (
    <Popover label={current ? `View: ${current}` : 'Views'} icon="bookmark" title="Saved views">
      <ul className="stack-list view-list" aria-label="Saved views">
        {views.length === 0 && <li className="muted">No saved views yet: set filters, then save them here under a name.</li>}
        {views.map((view) => (
          <li key={view.id} className={`view-row${view.name === current ? ' current' : ''}`}>
            <button
              type="button"
              className="view-name"
              onClick={() => {
                setFilter(view.filter, view.name);
                setHidden(view.hidden, view.name);
              }}
            >
              {view.name}
            </button>
            <IconButton
              icon="trash"
              label={`Delete view ${view.name}`}
              onClick={() =>
                void client.api.views
                  .delete({ id: view.id })
                  .then(refresh)
                  .catch((e: unknown) => setError(serializeError(e).message))
              }
            />
          </li>
        ))}
      </ul>
      <SubmitForm className="form-row" onSubmit={() => void save()}>
        <input className="text-input" aria-label="View name" placeholder="Save these filters as…" maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
        <Button type="submit" disabled={!name.trim()}>
          Save
        </Button>
      </SubmitForm>
      <FieldProblem message={error} />
    </Popover>
  );
}
