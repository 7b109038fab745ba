import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { NpsGroup } from '../../../../../shared/coding';
import { serializeError } from '../../../../../shared/errors';
import { useApi } from '../../../services/ApiProvider';
import { Button } from '../../../workbench/components/Button';
import { AgreementReport } from './AgreementReport';
import { BlindCoding } from './BlindCoding';
import { DisagreementWalk } from './DisagreementWalk';
import { refreshSamples, useSample, useSamples } from './sampleQueries';
import './doubleCoding.css';
import { FieldProblem } from '../../../workbench/components/FieldProblem';

type Tab = 'code' | 'agreement' | 'disagreements';

function NewSampleForm({ onCreated }: { onCreated: (id: number) => void }) {
  const client = useApi();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [size, setSize] = useState('50');
  const [group, setGroup] = useState<'' | NpsGroup>('');
  const [seed, setSeed] = useState(() => String(Math.floor(Math.random() * 100_000)));
  const [error, setError] = useState<string | undefined>(undefined);
  const create = () =>
    void client.api.samples
      .create({ name: name.trim(), size: Number(size), seed: Number(seed), ...(group ? { group } : {}) })
      .then(async (sample) => {
        setName('');
        setError(undefined);
        await refreshSamples(queryClient);
        onCreated(sample.id);
      })
      .catch((e: unknown) => setError(serializeError(e).message));
  return (
    <form
      className="new-sample"
      aria-label="New sample"
      onSubmit={(e) => {
        e.preventDefault();
        create();
      }}
    >
      <h3>New sample</h3>
      <input className="text-input" aria-label="Sample name" placeholder="Name, e.g. Q3 reliability check" maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
      <div className="form-row">
        <input className="text-input" type="number" min={10} aria-label="Responses" value={size} onChange={(e) => setSize(e.target.value)} />
        <select className="select" aria-label="From" value={group} onChange={(e) => setGroup(e.target.value as '' | NpsGroup)}>
          <option value="">All responses</option>
          <option value="detractor">Detractors</option>
          <option value="passive">Passives</option>
          <option value="promoter">Promoters</option>
        </select>
      </div>
      <label className="check">
        Seed <input className="text-input seed-input" type="number" min={0} aria-label="Seed" value={seed} onChange={(e) => setSeed(e.target.value)} />
      </label>
      <Button type="submit" disabled={!name.trim() || !Number(size)}>
        Draw Sample
      </Button>
      <FieldProblem message={error} />
    </form>
  );
}

/**
 * Blind double-coding: draw a random sample (reproducible by its seed), let each coder code it
 * without seeing the other's codes, then read the agreement and walk through the disagreements.
 */
export function DoubleCodingEditor() {
  const samples = useSamples().data ?? [];
  const [selected, setSelected] = useState<number | undefined>(undefined);
  const id = selected ?? samples[0]?.id;
  const sample = useSample(id).data;
  const [tab, setTab] = useState<Tab>('code');
  const coders = sample?.progress.map((p) => p.coder) ?? [];
  const [pair, setPair] = useState<{ a?: string; b?: string }>({});
  const coderA = pair.a ?? coders[0];
  const coderB = pair.b ?? coders.find((c) => c !== coderA);
  return (
    <section className="double-coding" aria-label="Blind double-coding">
      <aside className="sample-list">
        <h2>Samples</h2>
        <ul className="stack-list" aria-label="Samples">
          {samples.length === 0 && <li className="muted">No samples yet.</li>}
          {samples.map((s) => (
            <li key={s.id}>
              <button type="button" className={`sample-button${s.id === id ? ' selected' : ''}`} aria-pressed={s.id === id} onClick={() => setSelected(s.id)}>
                <strong>{s.name}</strong>
                <span className="muted">
                  {s.items} responses · seed {s.seed}
                </span>
              </button>
            </li>
          ))}
        </ul>
        <NewSampleForm onCreated={setSelected} />
      </aside>
      <div className="sample-main">
        {!sample && <p className="muted">Draw a sample to code it twice, blind.</p>}
        {sample && (
          <>
            <header className="sample-header">
              <h2>{sample.name}</h2>
              <p className="muted">
                {sample.items} responses{sample.filter.group ? ` (${sample.filter.group}s)` : ''}, drawn with seed {sample.seed}.{' '}
                {sample.progress.length === 0 ? 'Nobody has marked a response done yet.' : sample.progress.map((p) => `${p.coder}: ${p.done} done`).join(' · ')}
              </p>
              <div className="tabs" role="tablist" aria-label="Double-coding steps">
                {(['code', 'agreement', 'disagreements'] as const).map((t) => (
                  <button key={t} type="button" role="tab" aria-selected={tab === t} className={`tab${tab === t ? ' selected' : ''}`} onClick={() => setTab(t)}>
                    {t === 'code' ? 'Code (Blind)' : t === 'agreement' ? 'Agreement' : 'Disagreements'}
                  </button>
                ))}
              </div>
              {tab !== 'code' && (
                <div className="form-row coder-pair">
                  <select className="select" aria-label="First coder" value={coderA ?? ''} onChange={(e) => setPair({ ...pair, a: e.target.value })}>
                    {coders.map((c) => (
                      <option key={c}>{c}</option>
                    ))}
                  </select>
                  <span className="muted">and</span>
                  <select className="select" aria-label="Second coder" value={coderB ?? ''} onChange={(e) => setPair({ ...pair, b: e.target.value })}>
                    {coders.map((c) => (
                      <option key={c}>{c}</option>
                    ))}
                  </select>
                </div>
              )}
            </header>
            {tab === 'code' && <BlindCoding sampleId={sample.id} />}
            {tab !== 'code' && (!coderA || !coderB || coderA === coderB) && <p className="muted">Two coders must each mark responses done before they can be compared.</p>}
            {tab === 'agreement' && coderA && coderB && coderA !== coderB && <AgreementReport sampleId={sample.id} coderA={coderA} coderB={coderB} />}
            {tab === 'disagreements' && coderA && coderB && coderA !== coderB && <DisagreementWalk sampleId={sample.id} coderA={coderA} coderB={coderB} />}
          </>
        )}
      </div>
    </section>
  );
}
