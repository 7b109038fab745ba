import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { serializeError } from '../../../../../shared/errors';
import { useApi } from '../../../services/ApiProvider';
import { useCurrentProject } from '../../../services/queries';
import { Button } from '../../../workbench/components/Button';
import { reportError } from '../../../workbench/reportError';
import { codesChanged } from '../codingEvents';
import { refreshSamples, useSampleItems } from './sampleQueries';
import { FieldProblem } from '../../../workbench/components/FieldProblem';

/**
 * Walks through the disagreements between two coders one at a time: the response, the theme and
 * who applied it; apply it for both (A) or remove it for both (R), each one undoable action.
 */
export function DisagreementWalk({ sampleId, coderA, coderB }: { sampleId: number; coderA: string; coderB: string }) {
  const client = useApi();
  const queryClient = useQueryClient();
  const project = useCurrentProject();
  const list = useQuery({
    queryKey: ['samples.disagreements', project?.path ?? '', sampleId, coderA, coderB],
    queryFn: () => client.api.samples.disagreements({ id: sampleId, coderA, coderB }),
    retry: false,
    meta: { label: 'Finding the disagreements', silent: true },
  });
  const items = useSampleItems(sampleId).data?.items ?? [];
  const [at, setAt] = useState(0);
  if (list.error) return <FieldProblem message={serializeError(list.error).message} />;
  if (!list.data) return <p className="muted">Finding the disagreements…</p>;
  if (list.data.length === 0) return <p className="settled">No disagreements: the two coders agree on every response both marked done.</p>;
  const index = Math.min(at, list.data.length - 1);
  const d = list.data[index]!;
  const item = items.find((i) => i.responseId === d.responseId);
  const settle = (decision: 'apply' | 'remove') =>
    void client.api.samples
      .settle({ id: sampleId, responseId: d.responseId, themeId: d.themeId, decision })
      .then(() => {
        codesChanged(queryClient);
        return refreshSamples(queryClient);
      })
      .catch((e: unknown) => reportError(e, 'Settling a disagreement'));
  return (
    <div
      className="disagreement"
      tabIndex={0}
      aria-label="Disagreement"
      onKeyDown={(e) => {
        const key = e.key.toLowerCase();
        if (key === 'a') settle('apply');
        else if (key === 'r') settle('remove');
        else if (key === 'arrowright' || key === 'n') setAt(Math.min(list.data.length - 1, index + 1));
        else if (key === 'arrowleft' || key === 'p') setAt(Math.max(0, index - 1));
        else return;
        e.preventDefault();
      }}
    >
      <p className="muted" data-testid="disagreement-position">
        Disagreement {index + 1} of {list.data.length} (response #{d.position + 1}
        {d.respondentId ? `, ${d.respondentId}` : ''})
      </p>
      <h3>{d.path}</h3>
      <p>
        Applied by <strong>{d.appliedBy}</strong>, not by <strong>{d.missingFrom}</strong>
        {d.viaChild ? ' (through a theme under it)' : ''}.
      </p>
      {item && (
        <blockquote className="disagreement-text">
          {item.verbatims.map((v) => (
            <p key={v.verbatimId}>{v.text}</p>
          ))}
        </blockquote>
      )}
      <div className="form-row">
        <Button icon="check" onClick={() => settle('apply')}>
          Apply for Both (A)
        </Button>
        <Button variant="secondary" icon="close" onClick={() => settle('remove')}>
          Remove for Both (R)
        </Button>
        <span className="spacer" />
        <Button variant="secondary" icon="arrow-left" disabled={index === 0} onClick={() => setAt(index - 1)}>
          Previous
        </Button>
        <Button variant="secondary" icon="arrow-right" disabled={index >= list.data.length - 1} onClick={() => setAt(index + 1)}>
          Next
        </Button>
      </div>
    </div>
  );
}
