import { useQuery } from '@tanstack/react-query';
import type { ThemeAgreement } from '../../../../../shared/doubleCoding';
import { serializeError } from '../../../../../shared/errors';
import { useApi } from '../../../services/ApiProvider';
import { useCurrentProject } from '../../../services/queries';
import { FieldProblem } from '../../../workbench/components/FieldProblem';

const fixed = (x: number | undefined, digits = 2) => (x === undefined ? '—' : x.toFixed(digits));
const pct = (x: number | undefined) => (x === undefined ? '—' : `${(100 * x).toFixed(0)}%`);

/** κ as the usual rough reading (Landis & Koch), so a number comes with words. */
function kappaWords(k: number | undefined): string {
  if (k === undefined) return 'undefined: neither coder, or both always, applied it';
  if (k < 0) return 'worse than chance';
  if (k < 0.21) return 'slight';
  if (k < 0.41) return 'fair';
  if (k < 0.61) return 'moderate';
  if (k < 0.81) return 'substantial';
  return 'almost perfect';
}

/**
 * Agreement between two coders over the responses both marked done: per theme, Cohen's κ and %
 * agreement over response × theme decisions (a code on a child counts for its parent); overall,
 * Krippendorff's α (nominal) and % agreement (DESIGN.md section 4).
 */
export function AgreementReport({ sampleId, coderA, coderB }: { sampleId: number; coderA: string; coderB: string }) {
  const client = useApi();
  const project = useCurrentProject();
  const report = useQuery({
    queryKey: ['samples.agreement', project?.path ?? '', sampleId, coderA, coderB],
    queryFn: () => client.api.samples.agreement({ id: sampleId, coderA, coderB }),
    retry: false,
    meta: { label: 'Computing the agreement', silent: true },
  });
  if (report.error) return <FieldProblem message={serializeError(report.error).message} />;
  if (!report.data) return <p className="muted">Computing the agreement…</p>;
  const r = report.data;
  const depth = (t: ThemeAgreement) => t.path.split(' > ').length - 1;
  return (
    <div className="agreement-report">
      <p>
        Over the <strong>{r.responses}</strong> responses both marked done ({coderA}: {r.doneByA}, {coderB}: {r.doneByB}), {r.overall.units} response × theme
        decisions:{' '}
        <strong data-testid="alpha">Krippendorff’s α {fixed(r.overall.alpha, 3)}</strong>, agreement <strong>{pct(r.overall.agreement)}</strong>.
        {r.responses < 30 && <span className="muted"> A small base: read these with care.</span>}
      </p>
      <table className="data-table agreement-table" aria-label="Agreement per theme">
        <thead>
          <tr>
            <th>Theme</th>
            <th className="num">Both</th>
            <th className="num">Only {coderA}</th>
            <th className="num">Only {coderB}</th>
            <th className="num">Neither</th>
            <th className="num">Agreement</th>
            <th className="num">Cohen’s κ</th>
            <th>Reading</th>
          </tr>
        </thead>
        <tbody>
          {r.themes.map((t) => (
            <tr key={t.themeId}>
              <td style={{ paddingLeft: 8 + depth(t) * 14 }}>{t.path.split(' > ').at(-1)}</td>
              <td className="num">{t.bothApplied}</td>
              <td className="num">{t.onlyA}</td>
              <td className="num">{t.onlyB}</td>
              <td className="num">{t.neither}</td>
              <td className="num">{pct(t.agreement)}</td>
              <td className="num">{fixed(t.kappa)}</td>
              <td className="muted">{kappaWords(t.kappa)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
