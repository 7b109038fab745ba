import { useState } from 'react';
import type { KeyphraseStatsRow } from '../../../../shared/nlp';
import { useKeyphrases } from '../../services/queries';
import { Button } from '../../workbench/components/Button';
import { DataTable, type Column } from '../../workbench/components/DataTable';
import { EmptyState } from '../../workbench/components/EmptyState';
import { useWorkbench } from '../../workbench/WorkbenchContext';

const COLUMNS: readonly Column[] = [
  { key: 'phrase', title: 'Keyphrase' },
  { key: 'mentions', title: 'Mentions', align: 'right', width: '90px' },
  { key: 'verbatims', title: 'Verbatims', align: 'right', width: '90px' },
  { key: 'detractors', title: 'Detractors', align: 'right', width: '90px' },
  { key: 'promoters', title: 'Promoters', align: 'right', width: '90px' },
  { key: 'lean', title: 'Leans to', width: '220px' },
];

/** |z| at which the bar is full: beyond 2 × 1.96 a phrase is plainly distinctive. */
const FULL_Z = 4;

function Lean({ row }: { row: KeyphraseStatsRow }) {
  const side = row.z >= 0 ? 'detractors' : 'promoters';
  const width = `${Math.min(100, (100 * Math.abs(row.z)) / FULL_Z)}%`;
  const distinctive = Math.abs(row.z) >= 1.96;
  return (
    <span className={`lean lean-${side}${distinctive ? '' : ' lean-neither'}`} title={`z = ${row.z.toFixed(2)}; log-odds ${row.logOdds.toFixed(2)}${distinctive ? '' : ' (not distinctive at the 5% level)'}`}>
      <span className="lean-track">
        <span className="lean-fill" style={{ width }} />
      </span>
      <span className="lean-label">{distinctive ? side : 'neither'}</span>
    </span>
  );
}

/**
 * The keyphrases of the project's verbatims, by how distinctive they are for detractors vs
 * promoters (log-odds with an informative prior), with how often they occur.
 */
export function KeyphrasesEditor() {
  const { run } = useWorkbench();
  const keyphrases = useKeyphrases();
  const [promotersFirst, setPromotersFirst] = useState(false);
  const data = keyphrases.data;
  if (!data || data.total === 0) {
    return (
      <EmptyState icon="symbol-keyword" title={keyphrases.isPending ? 'Loading…' : 'No keyphrases yet'}>
        {!keyphrases.isPending && (
          <>
            <p>Analyze the verbatims to find their language, sentiment and keyphrases.</p>
            <Button icon="lightbulb" onClick={() => void run('loupe.analysis.run', undefined, 'button')}>
              Analyze Verbatims
            </Button>
          </>
        )}
      </EmptyState>
    );
  }
  const ordered = promotersFirst ? [...data.rows].reverse() : data.rows;
  const rows = ordered.map((row) => ({
    key: row.key,
    cells: {
      phrase: row.label,
      mentions: row.frequency.toLocaleString(),
      verbatims: row.documents.toLocaleString(),
      detractors: row.detractors.toLocaleString(),
      promoters: row.promoters.toLocaleString(),
      lean: <Lean row={row} />,
    },
  }));
  return (
    <article className="editor-page keyphrases-page" aria-label="Keyphrases">
      <h1>Keyphrases</h1>
      <p className="subtitle">
        {data.total.toLocaleString()} keyphrases mentioned at least twice, {promotersFirst ? 'most typical of promoters' : 'most typical of detractors'} first
        {data.total > data.rows.length ? ` (the first ${data.rows.length.toLocaleString()} shown)` : ''}.
      </p>
      <div className="page-actions">
        <Button variant="secondary" icon="arrow-swap" onClick={() => setPromotersFirst((v) => !v)}>
          {promotersFirst ? 'Detractors First' : 'Promoters First'}
        </Button>
        <Button variant="secondary" icon="refresh" onClick={() => void run('loupe.analysis.run', undefined, 'button')}>
          Analyze New Verbatims
        </Button>
      </div>
      <DataTable label="Keyphrases" columns={COLUMNS} rows={rows} />
    </article>
  );
}
