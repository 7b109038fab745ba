import { AppError } from '../../../shared/errors';
import type { NpsGroupReport, NpsReport } from '../../../shared/model';
import type { NpsRepository, Period } from '../db/npsRepository';
import type { Segment, SegmentRepository } from '../db/segmentRepository';
import { summariseNps, type NpsCounts } from './nps';

function figures(counts: NpsCounts) {
  const s = summariseNps(counts);
  return {
    n: s.n,
    promoters: s.promoters,
    passives: s.passives,
    detractors: s.detractors,
    smallBase: s.smallBase,
    ...(s.nps === undefined ? {} : { nps: s.nps }),
    ...(s.ci95 ? { ci95: s.ci95 } : {}),
  };
}

/** `loupe nps`: overall NPS with its interval, optionally by a segment and/or per period. */
export function npsReport(repo: NpsRepository, segments: SegmentRepository, by: string | undefined, period: Period | undefined): NpsReport {
  let segment: Segment | undefined;
  if (by !== undefined) {
    segment = segments.byName(by);
    if (segment === undefined) {
      const names = segments.list().map((s) => s.name);
      throw new AppError('BAD_INPUT', `The project has no segment named "${by}".`, {
        detail: names.length > 0 ? `Its segments are: ${names.map((n) => `"${n}"`).join(', ')}.` : 'It has no segments yet: import a survey with segment columns first.',
      });
    }
  }
  const groups: NpsGroupReport[] =
    by === undefined && period === undefined
      ? []
      : repo.grouped(segment, period).map((g) => ({
          ...(g.value !== undefined ? { value: g.value } : {}),
          ...(g.period !== undefined ? { period: g.period } : {}),
          ...figures(g),
        }));
  return { ...figures(repo.overall()), ...(by ? { by } : {}), ...(period ? { period } : {}), groups };
}
