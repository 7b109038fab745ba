import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { serializeError } from '../../../../shared/errors';
import { useApi } from '../../services/ApiProvider';
import { Button } from '../../workbench/components/Button';
import { SubmitForm } from '../../workbench/components/SubmitForm';

/** The name this person codes as: every code and note carries it, and double-coding compares coders by it. */
export function CoderNameSetting() {
  const client = useApi();
  const queryClient = useQueryClient();
  const current = useQuery({ queryKey: ['settings.get'], queryFn: () => client.api.settings.get({}), meta: { label: 'Reading the settings' } });
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>(undefined);
  const value = draft ?? current.data?.coder ?? '';
  const save = () =>
    void client.api.settings
      .setCoder({ name: value })
      .then(async (r) => {
        setDraft(undefined);
        setMessage({ ok: true, text: `You now code as “${r.coder}”.` });
        await queryClient.invalidateQueries({ queryKey: ['settings.get'] });
        await queryClient.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('samples.') || q.queryKey[0] === 'coding.coders' });
      })
      .catch((e: unknown) => setMessage({ ok: false, text: serializeError(e).message }));
  return (
    <section className="setting" aria-labelledby="setting-coder">
      <h2 id="setting-coder">
        <span className="setting-category">Coding: </span>Coder Name
      </h2>
      <p className="setting-description">
        The name you code as: every code, note and coding action carries it, and blind double-coding compares coders by it.
        {current.data && !current.data.coderSet ? ' Not set yet: Loupe uses your account name.' : ''}
      </p>
      <SubmitForm className="form-row" onSubmit={() => save()}>
        <input className="text-input" aria-label="Coder name" maxLength={100} value={value} onChange={(e) => setDraft(e.target.value)} />
        <Button type="submit" disabled={!value.trim() || value.trim() === current.data?.coder}>
          Save
        </Button>
      </SubmitForm>
      {message && (
        <p className={message.ok ? 'setting-description' : 'field-problem'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
