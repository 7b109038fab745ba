import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { z } from 'zod';
import type { ClassifierRun } from '../../../../shared/nlp';
import { serializeError, type AppErrorData } from '../../../../shared/errors';
import { readArgs } from '../../commands/commandArgs';
import { useApi } from '../../services/ApiProvider';
import { isJobActive, upsertJob, useCurrentProject, useJobs, useThemes } from '../../services/queries';
import { Button } from '../../workbench/components/Button';
import { Modal } from '../../workbench/components/Modal';
import type { DialogProps } from '../../workbench/registry';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { codesChanged } from './codingEvents';
import { DialogError } from '../../workbench/components/DialogError';
import { DialogActions } from '../../workbench/components/DialogActions';

export const classifierDialogArgs = z.object({ themeId: z.number().int().positive() });

const share = (x: number | undefined) => (x === undefined ? '—' : x.toFixed(2));
const interval = (ci: readonly [number, number] | undefined) => (ci ? ` (95% ${ci[0].toFixed(2)}–${ci[1].toFixed(2)})` : '');
/** "w:refund" → "refund", "k:bill charg" → "bill charg" (a phrase), "w:!help" → "not help". */
const feature = (f: string) => f.replace(/^[wbk]:/, '').replace(/^!/, 'not ');

function Figures({ run }: { run: ClassifierRun }) {
  const v = run.validation;
  return (
    <div className="classifier-figures">
      <p>
        Learnt from <strong>{run.positives.toLocaleString()}</strong> verbatims coded with the theme and <strong>{run.negatives.toLocaleString()}</strong> coded
        only with others, {new Date(run.createdAt).toLocaleString()}. Cross-validated over {v.folds} folds, at confidence above {run.threshold}:
      </p>
      <dl className="classifier-scores">
        <div>
          <dt>Precision</dt>
          <dd data-testid="classifier-precision">
            {share(v.precision)} <span className="muted">({v.tp} of {v.tp + v.fp} it picked were right{interval(v.precisionCi95)})</span>
          </dd>
        </div>
        <div>
          <dt>Recall</dt>
          <dd data-testid="classifier-recall">
            {share(v.recall)} <span className="muted">({v.tp} of {v.tp + v.fn} coded ones found{interval(v.recallCi95)})</span>
          </dd>
        </div>
      </dl>
      <p className="muted">
        Measured on verbatims coded so far: themes nobody has coded yet are not in the test, so expect lower precision among the uncoded ones.
      </p>
      {run.topFeatures.length > 0 && (
        <p>
          Weighs most (word stems): <span className="classifier-features">{[...new Set(run.topFeatures.map(feature))].join(' · ')}</span>
        </p>
      )}
    </div>
  );
}

/**
 * Learn a theme from its codes: a classifier trained on the verbatims coded with it by hand (and
 * those coded only with other themes) suggests it for uncoded verbatims, and says how far to trust
 * it (cross-validated precision and recall). Its suggestions can be reviewed in the grid or coded
 * at once (source 'model', one undoable action).
 */
export function ClassifierDialog({ args, onClose }: DialogProps) {
  const client = useApi();
  const queryClient = useQueryClient();
  const project = useCurrentProject();
  const { run } = useWorkbench();
  const themeId = readArgs(classifierDialogArgs, args)?.themeId;
  const theme = useThemes().data?.find((t) => t.id === themeId);
  const classifier = useQuery({
    queryKey: ['analysis.classifier', project?.path ?? '', themeId ?? 0],
    queryFn: () => client.api.analysis.classifier({ themeId: themeId! }),
    enabled: themeId !== undefined,
    meta: { label: 'Reading the classifier' },
  });
  const [jobId, setJobId] = useState<string | undefined>(undefined);
  const job = useJobs().data?.find((j) => j.id === jobId);
  const training = job !== undefined && isJobActive(job);
  const [error, setError] = useState<AppErrorData | undefined>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);
  const failed = job?.state === 'failed' ? job.error : undefined;
  const [seenJob, setSeenJob] = useState<string | undefined>(undefined);
  if (job && !training && seenJob !== job.id + job.state) {
    // The job ended: read the new run (or show why it could not learn).
    setSeenJob(job.id + job.state);
    void classifier.refetch();
  }

  const train = async () => {
    if (!themeId) return;
    setError(undefined);
    setDone(undefined);
    try {
      const started = await client.api.jobs.start({ kind: 'classify', themeId });
      upsertJob(queryClient, started);
      setJobId(started.id);
    } catch (e) {
      setError(serializeError(e));
    }
  };
  const codeAll = async () => {
    if (!themeId) return;
    try {
      const result = await client.api.analysis.applyClassifier({ themeId });
      setDone(`Coded ${result.coded.toLocaleString()} verbatims with “${result.theme}” (source: model). Ctrl+Z in the grid undoes it.`);
      codesChanged(queryClient);
      await classifier.refetch();
    } catch (e) {
      setError(serializeError(e));
    }
  };
  const current = classifier.data?.run;
  const shownError = error ?? failed;
  return (
    <Modal
      title={theme ? `Learn “${theme.path}” from Its Codes` : 'Learn a Theme from Its Codes'}
      icon="mortar-board"
      onClose={onClose}
      width={640}
      footer={
        <DialogActions
          onCancel={onClose}
          cancelLabel="Close"
          action={{ label: training ? 'Learning…' : current ? 'Learn Again' : 'Learn from Codes', icon: 'play', disabled: training || !themeId, onClick: () => void train() }}
        />
      }
    >
      {!current && !training && (
        <p>
          Loupe learns the theme from the verbatims you coded with it by hand (at least 15) and from those you coded only with other themes, then suggests
          it for the uncoded ones, with how far to trust it.
        </p>
      )}
      {training && (
        <p role="status" aria-live="polite">
          {job?.message || 'Learning…'}
        </p>
      )}
      {current && <Figures run={current} />}
      {current && (
        <div className="form-row">
          <Button
            variant="secondary"
            icon="table"
            disabled={current.suggested === 0}
            onClick={() => {
              onClose();
              void run('loupe.coding.showVerbatims', { filter: { model: current.themeId } }, 'button');
            }}
          >
            Review the {current.suggested.toLocaleString()} Suggested
          </Button>
          <Button icon="check-all" disabled={current.suggested === 0} onClick={() => void codeAll()}>
            Code All {current.suggested.toLocaleString()}
          </Button>
        </div>
      )}
      {done && (
        <p className="dialog-note" role="status">
          {done}
        </p>
      )}
      <DialogError error={shownError} />
    </Modal>
  );
}
