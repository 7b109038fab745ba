import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { z } from 'zod';
import type { RuleKind, RulePreview } from '../../../../shared/coding';
import { readArgs } from '../../commands/commandArgs';
import { useApi } from '../../services/ApiProvider';
import { useCurrentProject, useThemes } from '../../services/queries';
import { Button, IconButton } from '../../workbench/components/Button';
import { Modal } from '../../workbench/components/Modal';
import type { DialogProps } from '../../workbench/registry';
import { codesChanged } from './codingEvents';
import { HighlightedText } from './HighlightedText';
import { DialogError } from '../../workbench/components/DialogError';
import { DialogActions } from '../../workbench/components/DialogActions';
import { SubmitForm } from '../../workbench/components/SubmitForm';
import { useDialogWork } from '../../workbench/components/useDialogWork';

export const rulesDialogArgs = z.object({ themeId: z.number().int().positive() });

const KIND_LABEL: Record<RuleKind, string> = { fts: 'Full text', regex: 'Regular expression' };
const plural = (n: number, word: string) => `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;

/**
 * A theme's rules: saved queries (full text, or a regular expression) that code the verbatims
 * they match. A new rule is previewed (its count and a sample) before it is saved and applied, as
 * one undoable action; rules run again on each new import.
 */
export function RulesDialog({ args, onClose }: DialogProps) {
  const client = useApi();
  const queryClient = useQueryClient();
  const project = useCurrentProject();
  const themeId = readArgs(rulesDialogArgs, args)?.themeId;
  const theme = useThemes().data?.find((t) => t.id === themeId);
  const rules = useQuery({
    queryKey: ['rules.list', project?.path ?? '', themeId ?? 0],
    queryFn: () => client.api.rules.list({ themeId: themeId! }),
    enabled: themeId !== undefined,
    meta: { label: 'Reading the rules' },
  });
  const [kind, setKind] = useState<RuleKind>('fts');
  const [query, setQuery] = useState('');
  const [preview, setPreview] = useState<{ readonly for: string; readonly result: RulePreview } | undefined>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);
  const { busy, error, work: dialogWork } = useDialogWork();
  const input = useRef<HTMLInputElement>(null);
  const key = `${kind}:${query.trim()}`;
  const current = preview?.for === key ? preview.result : undefined;

  const work = (task: () => Promise<void>) => {
    setDone(undefined);
    return dialogWork(task);
  };
  const runPreview = () =>
    work(async () => {
      if (!query.trim()) return;
      setPreview({ for: key, result: await client.api.rules.preview({ kind, query: query.trim() }) });
    });
  const save = () =>
    work(async () => {
      if (!themeId || !current) return;
      const result = await client.api.rules.create({ themeId, kind, query: query.trim() });
      setQuery('');
      setPreview(undefined);
      // The preview (and the button that was pressed) goes: focus stays in the dialog, ready for the next rule.
      input.current?.focus();
      await rules.refetch();
      codesChanged(queryClient);
      setDone(`Saved. The rule coded ${plural(result.coded, 'verbatim')} (${result.alreadyCoded.toLocaleString()} already had the theme or had it removed by hand).`);
    });

  return (
    <Modal
      title={theme ? `Rules for “${theme.path}”` : 'Rules'}
      icon="symbol-event"
      onClose={onClose}
      width={680}
      footer={
        <DialogActions hint="Rules run again on each new import. Manual removals always win; Ctrl+Z in the grid undoes a rule’s codes." onCancel={onClose} cancelLabel="Close" />
      }
    >
      <ul className="stack-list rule-list" aria-label="Saved rules">
        {rules.data?.length === 0 && <li className="muted">No rules yet.</li>}
        {rules.data?.map((rule) => (
          <li key={rule.id} className="rule-row">
            <span className="rule-kind">{KIND_LABEL[rule.kind]}</span>
            <code className="rule-query">{rule.query}</code>
            <span className="muted">{plural(rule.coded, 'verbatim')}</span>
            <IconButton
              icon="trash"
              label={`Delete the rule ${rule.query} (its codes stay)`}
              onClick={() =>
                void work(async () => {
                  await client.api.rules.delete({ id: rule.id });
                  await rules.refetch();
                })
              }
            />
          </li>
        ))}
      </ul>
      <SubmitForm className="modal-form" onSubmit={() => void (current ? save() : runPreview())}>
        <div className="form-row">
          <select className="select" aria-label="Rule kind" value={kind} onChange={(e) => setKind(e.target.value as RuleKind)}>
            <option value="fts">Full text</option>
            <option value="regex">Regular expression</option>
          </select>
          <input
            className="text-input rule-input"
            aria-label="Rule query"
            ref={input}
            data-autofocus
            spellCheck={false}
            placeholder={kind === 'fts' ? 'e.g. refund* OR "charged twice"' : 'e.g. \\b(money|refund)\\s+back\\b'}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <Button variant="secondary" disabled={!query.trim() || busy} onClick={() => void runPreview()}>
            Preview
          </Button>
        </div>
        {current && (
          <div className="rule-preview" aria-label="Rule preview">
            <strong>Matches {plural(current.count, 'verbatim')}</strong>
            <ul>
              {current.sample.map((s) => (
                <li key={s.verbatimId}>
                  <HighlightedText text={s.text} query={kind === 'fts' ? query : undefined} keyphrases={[]} />
                </li>
              ))}
            </ul>
            <Button type="submit" disabled={busy || current.count === 0}>
              Save Rule and Code {plural(current.count, 'Verbatim')}
            </Button>
          </div>
        )}
      </SubmitForm>
      {done && (
        <p className="dialog-note" role="status">
          {done}
        </p>
      )}
      <DialogError error={error} />
    </Modal>
  );
}
