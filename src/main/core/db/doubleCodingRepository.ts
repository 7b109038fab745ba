import { AppError } from '../../../shared/errors';
import type { CodeSource, NpsGroup } from '../../../shared/coding';
import type {
  SampleFilter,
  NewCodingSample,
  CodingSample,
  CodingSampleDetails,
  SampleCode,
  SampleVerbatim,
  SampleItem,
  SampleAgreement,
  Disagreement,
  SettleDecision,
  SettleResult,
} from '../../../shared/doubleCoding';

import { comparedKey as key, sampleAgreement, sampleDisagreements, type Compared } from '../analysis/sampleAgreement';
import { seededSample } from '../analysis/seededSample';
import { CodebookRepository } from './codebookRepository';
import { CodingLog } from './codingLog';
import type { ProjectDb } from './connection';
import { npsGroup } from './verbatimGridRepository';

export const MIN_SAMPLE_SIZE = 10;
const MAX_NAME = 200;

const GROUP_SQL: Record<NpsGroup, string> = {
  detractor: 'r.score <= 6',
  passive: 'r.score BETWEEN 7 AND 8',
  promoter: 'r.score >= 9',
};

const GROUP_LABEL: Record<NpsGroup, string> = { detractor: 'detractors', passive: 'passives', promoter: 'promoters' };

/** Text that is more than blanks (spaces, tabs, line breaks). */
const NON_EMPTY = "trim(v.text, char(32, 9, 10, 13)) <> ''";

interface SampleRow {
  id: number;
  name: string;
  seed: number;
  size: number;
  filter: string;
  coders: string;
  createdAt: string;
  items: number;
}

const SELECT_SAMPLE = `SELECT s.id, s.name, s.seed, s.size, s.filter_json AS filter, s.coders_json AS coders, s.created_at AS createdAt,
                              (SELECT count(*) FROM coding_sample_items i WHERE i.sample_id = s.id) AS items
                       FROM coding_samples s`;

const toSample = (r: SampleRow): CodingSample => ({
  id: r.id,
  name: r.name,
  seed: r.seed,
  size: r.size,
  items: r.items,
  filter: JSON.parse(r.filter) as SampleFilter,
  coders: JSON.parse(r.coders) as string[],
  createdAt: r.createdAt,
});

function checkCoder(name: string, what = 'A coder'): string {
  if (name.trim() === '') throw new AppError('BAD_INPUT', `${what} needs a name.`);
  return name;
}


/**
 * Blind double-coding: named, reproducible random samples of responses that two (or more) coders
 * code without seeing each other's codes, marking each response done; then agreement per theme
 * (Cohen's κ, % agreement) and overall (Krippendorff's α, nominal, and % agreement) as DESIGN.md
 * section 4 defines it, the disagreements, and settling each of them as one undoable action.
 *
 * A decision is made per response × theme, not per character or verbatim: a coder applied a theme
 * to a response when any of its verbatims carries an active code of that theme or of a child of it
 * by that coder (excerpts count as much as whole verbatims), as in DESIGN.md's "mentioned".
 */
export class DoubleCodingRepository {
  private readonly log: CodingLog;

  constructor(private readonly db: ProjectDb) {
    this.log = new CodingLog(db);
  }

  /**
   * Draws `size` responses at random (seeded: the same seed over the same project draws the same
   * sample) among those that are not excluded and have at least one non-empty verbatim, optionally
   * only one NPS group, and saves them, in the order drawn, as a sample called `name`.
   */
  create(name: string, options: NewCodingSample, at = new Date().toISOString()): CodingSampleDetails {
    const trimmed = name.trim();
    if (trimmed === '') throw new AppError('BAD_INPUT', 'A double-coding sample needs a name.');
    if (trimmed.length > MAX_NAME) throw new AppError('BAD_INPUT', `A sample's name is at most ${MAX_NAME} characters.`);
    const { size, seed } = options;
    if (!Number.isSafeInteger(seed)) throw new AppError('BAD_INPUT', `A sample's seed is a whole number, not ${seed}.`);
    if (!Number.isInteger(size)) throw new AppError('BAD_INPUT', `A sample's size is a whole number of responses, not ${size}.`);
    if (size < MIN_SAMPLE_SIZE) {
      throw new AppError('BAD_INPUT', `A double-coding sample needs at least ${MIN_SAMPLE_SIZE} responses (asked for ${size}).`, {
        detail: 'With fewer responses, κ and α swing too far on a single decision to be worth reporting.',
      });
    }
    const group = options.filter?.group;
    if (group !== undefined && !(group in GROUP_SQL)) throw new AppError('BAD_INPUT', `"${String(group)}" is not an NPS group; use detractor, passive or promoter.`);
    const coders = [...(options.coders ?? [])];
    coders.forEach((c) => checkCoder(c));
    if (coders.length > 0 && new Set(coders).size < 2) throw new AppError('BAD_INPUT', 'Double-coding needs two different coders.');
    if (new Set(coders).size !== coders.length) throw new AppError('BAD_INPUT', 'Each coder is named once.');

    return this.db.transaction(() => {
      const clash = this.db.prepare('SELECT name FROM coding_samples WHERE name = ?').pluck().get(trimmed) as string | undefined;
      if (clash !== undefined) throw new AppError('BAD_INPUT', `There is already a sample “${clash}”.`, { detail: 'Choose another name, or delete the old sample first.' });
      const eligible = this.eligible(group);
      if (size > eligible.length) {
        const among = group ? ` from ${GROUP_LABEL[group]}` : '';
        throw new AppError('BAD_INPUT', `Only ${eligible.length.toLocaleString('en')} responses${among} can be sampled; ${size.toLocaleString('en')} were asked for.`, {
          detail: 'A sample draws from responses that are not excluded and have at least one non-empty verbatim.',
        });
      }
      const drawn = seededSample(eligible, size, seed);
      const filter: SampleFilter = group ? { group } : {};
      const id = Number(
        this.db
          .prepare('INSERT INTO coding_samples (name, seed, size, filter_json, coders_json, created_at) VALUES (?, ?, ?, ?, ?, ?)')
          .run(trimmed, seed, size, JSON.stringify(filter), JSON.stringify(coders), at).lastInsertRowid,
      );
      this.db
        .prepare('INSERT INTO coding_sample_items (sample_id, response_id, position) SELECT ?, value, key FROM json_each(?)')
        .run(id, JSON.stringify(drawn));
      return this.get(id);
    })();
  }

  /** Every sample, by name. */
  list(): CodingSample[] {
    return (this.db.prepare(`${SELECT_SAMPLE} ORDER BY s.name COLLATE NOCASE`).all() as SampleRow[]).map(toSample);
  }

  /** A sample with how many of its responses each coder has marked done. */
  get(id: number): CodingSampleDetails {
    const sample = this.sample(id);
    const done = new Map(
      (
        this.db
          .prepare(
            `SELECT k.name, count(*) AS done FROM coding_sample_done d JOIN coders k ON k.id = d.coder_id
             WHERE d.sample_id = ? GROUP BY k.name ORDER BY k.name COLLATE NOCASE`,
          )
          .all(id) as { name: string; done: number }[]
      ).map((r) => [r.name, r.done]),
    );
    const names = [...sample.coders, ...[...done.keys()].filter((n) => !sample.coders.includes(n))];
    return { ...sample, progress: names.map((coder) => ({ coder, done: done.get(coder) ?? 0 })) };
  }

  /** Deletes a sample with its done marks; the codes made while coding it stay. */
  delete(id: number): void {
    if (this.db.prepare('DELETE FROM coding_samples WHERE id = ?').run(id).changes === 0) {
      throw new AppError('NOT_FOUND', `The project has no double-coding sample ${id}.`, { detail: 'It may have been deleted.' });
    }
  }

  /**
   * The sample's responses in sample order, as `coder` sees them: their non-empty verbatims with
   * ONLY this coder's active codes (blind: every other coder's codes are left out) and whether
   * this coder marked each done. A coder who has not coded yet sees no codes.
   */
  items(sampleId: number, coder: string): SampleItem[] {
    this.sample(sampleId);
    checkCoder(coder);
    const coderId = this.coderId(coder) ?? -1;
    const responses = this.db
      .prepare(
        `SELECT i.response_id AS responseId, i.position, r.respondent_id AS respondentId, r.score, r.excluded_reason AS excluded,
                EXISTS (SELECT 1 FROM coding_sample_done d WHERE d.sample_id = i.sample_id AND d.response_id = i.response_id AND d.coder_id = @coder) AS done
         FROM coding_sample_items i JOIN responses r ON r.id = i.response_id
         WHERE i.sample_id = @sample ORDER BY i.position`,
      )
      .all({ sample: sampleId, coder: coderId }) as { responseId: number; position: number; respondentId: string | null; score: number | null; excluded: string | null; done: 0 | 1 }[];
    const verbatims = this.db
      .prepare(
        `SELECT v.id, v.response_id AS responseId, v.column_name AS column, v.text FROM coding_sample_items i JOIN verbatims v ON v.response_id = i.response_id
         WHERE i.sample_id = ? AND ${NON_EMPTY} ORDER BY v.id`,
      )
      .all(sampleId) as { id: number; responseId: number; column: string; text: string }[];
    const codes = this.db
      .prepare(
        `SELECT c.id AS codeId, c.verbatim_id AS verbatimId, c.theme_id AS themeId, c.source, c.start, c.end
         FROM coding_sample_items i JOIN verbatims v ON v.response_id = i.response_id JOIN codes c ON c.verbatim_id = v.id
         WHERE i.sample_id = @sample AND c.active = 1 AND c.coder_id = @coder ORDER BY c.id`,
      )
      .all({ sample: sampleId, coder: coderId }) as { codeId: number; verbatimId: number; themeId: number; source: CodeSource; start: number | null; end: number | null }[];

    const codesOf = new Map<number, SampleCode[]>();
    for (const c of codes) {
      const list = codesOf.get(c.verbatimId) ?? [];
      list.push({ codeId: c.codeId, themeId: c.themeId, source: c.source, ...(c.start === null ? {} : { start: c.start }), ...(c.end === null ? {} : { end: c.end }) });
      codesOf.set(c.verbatimId, list);
    }
    const verbatimsOf = new Map<number, SampleVerbatim[]>();
    for (const v of verbatims) {
      const list = verbatimsOf.get(v.responseId) ?? [];
      list.push({ verbatimId: v.id, column: v.column, text: v.text, codes: codesOf.get(v.id) ?? [] });
      verbatimsOf.set(v.responseId, list);
    }
    return responses.map((r) => {
      const group = npsGroup(r.score, r.excluded);
      return {
        responseId: r.responseId,
        position: r.position,
        ...(r.respondentId === null ? {} : { respondentId: r.respondentId }),
        ...(r.score === null ? {} : { score: r.score }),
        ...(group ? { group } : {}),
        done: r.done === 1,
        verbatims: verbatimsOf.get(r.responseId) ?? [],
      };
    });
  }

  /** Marks a response of the sample done (or not done again) for a coder. */
  markDone(sampleId: number, responseId: number, coder: string, done: boolean, at = new Date().toISOString()): void {
    const sample = this.sample(sampleId);
    checkCoder(coder);
    this.assertItem(sample, responseId);
    this.db.transaction(() => {
      const coderId = this.log.coderId(coder);
      if (done) {
        this.db
          .prepare('INSERT INTO coding_sample_done (sample_id, response_id, coder_id, done_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING')
          .run(sampleId, responseId, coderId, at);
      } else {
        this.db.prepare('DELETE FROM coding_sample_done WHERE sample_id = ? AND response_id = ? AND coder_id = ?').run(sampleId, responseId, coderId);
      }
    })();
  }

  /**
   * Agreement between two coders over the sample's responses that BOTH marked done. Each theme of
   * the codebook (every active one, parents included) is decided per response: applied when the
   * coder has an active code of the theme or of a child of it on any verbatim of the response. So a
   * parent's decisions include its children's, and the overall units count a child's decision again
   * under each of its parents.
   */
  agreement(sampleId: number, coderA: string, coderB: string): SampleAgreement {
    return sampleAgreement(sampleId, coderA, coderB, this.compare(sampleId, coderA, coderB));
  }

  /**
   * Where two coders differ, over the responses both marked done: in sample order, then codebook
   * order (a parent before its children). A child's disagreement usually shows under its parent
   * too (see `viaChild`); settling the child settles the parent when nothing else decides it.
   */
  disagreements(sampleId: number, coderA: string, coderB: string): Disagreement[] {
    return sampleDisagreements(coderA, coderB, this.compare(sampleId, coderA, coderB));
  }

  /**
   * Settles a theme on a response of the sample for every coder who marked it done, as ONE action
   * of the coding log by `settledBy` (so CodingRepository.undo() restores the disagreement):
   * - apply: each of those coders who lacks the theme (no code of it or of a child of it on the
   *   response) gets a manual code of the theme on the whole verbatim another coder coded it on
   *   (the theme itself first, else a child), else on the response's first non-empty verbatim;
   * - remove: every active code of the theme and of its children on the response's verbatims, by
   *   any coder, is removed (so nobody mentions it any more).
   * Nothing to change makes no action (and keeps what could be redone).
   */
  settle(sampleId: number, responseId: number, themeId: number, decision: SettleDecision, settledBy: string): SettleResult {
    const sample = this.sample(sampleId);
    checkCoder(settledBy, 'Whoever settles a disagreement');
    if (decision !== 'apply' && decision !== 'remove') throw new AppError('BAD_INPUT', `A disagreement is settled by "apply" or "remove", not "${String(decision)}".`);
    this.assertItem(sample, responseId);
    const book = new CodebookRepository(this.db);
    const theme = book.get(themeId);
    const coders = this.db
      .prepare(
        `SELECT d.coder_id AS id, k.name FROM coding_sample_done d JOIN coders k ON k.id = d.coder_id
         WHERE d.sample_id = ? AND d.response_id = ? ORDER BY k.name COLLATE NOCASE`,
      )
      .all(sampleId, responseId) as { id: number; name: string }[];
    const respondent = (this.db.prepare('SELECT respondent_id FROM responses WHERE id = ?').pluck().get(responseId) as string | null) ?? `response ${responseId}`;
    if (coders.length < 2) {
      throw new AppError('BAD_INPUT', `${respondent} is not double-coded yet: ${coders.length === 0 ? 'no coder has' : `only ${coders[0]!.name} has`} marked it done.`, {
        detail: 'A disagreement is settled once both coders have marked the response done.',
      });
    }
    const params = { response: responseId, theme: themeId, subtree: JSON.stringify(book.subtree(themeId)) };
    const ON_RESPONSE = 'c.active = 1 AND c.theme_id IN (SELECT value FROM json_each(@subtree)) AND c.verbatim_id IN (SELECT id FROM verbatims WHERE response_id = @response)';

    return this.db.transaction((): SettleResult => {
      if (decision === 'remove') {
        const removing = this.db.prepare(`SELECT count(*) FROM codes c WHERE ${ON_RESPONSE}`).pluck().get(params) as number;
        if (removing === 0) return { added: 0, removed: 0 };
        const actionId = this.log.begin(settledBy, 'sample.settle', 'manual', `Settle “${theme.path}” on ${respondent}: remove`);
        const removed = this.db.prepare(`UPDATE codes AS c SET active = 0, removed_by = @action WHERE ${ON_RESPONSE}`).run({ ...params, action: actionId }).changes;
        return { added: 0, removed, actionId };
      }
      const has = this.db.prepare(`SELECT EXISTS (SELECT 1 FROM codes c WHERE ${ON_RESPONSE} AND c.coder_id = @coder)`).pluck();
      const lacking = coders.filter((k) => has.get({ ...params, coder: k.id }) === 0);
      if (lacking.length === 0) return { added: 0, removed: 0 };
      // Where the others coded it: the theme itself first, then a child; else the first verbatim.
      const target = this.db
        .prepare(
          `SELECT v.id FROM verbatims v WHERE v.response_id = @response
           ORDER BY ${NON_EMPTY} DESC,
                    EXISTS (SELECT 1 FROM codes c WHERE c.verbatim_id = v.id AND c.active = 1 AND c.theme_id = @theme) DESC,
                    EXISTS (SELECT 1 FROM codes c WHERE c.verbatim_id = v.id AND c.active = 1 AND c.theme_id IN (SELECT value FROM json_each(@subtree))) DESC,
                    v.id
           LIMIT 1`,
        )
        .pluck()
        .get(params) as number | undefined;
      if (target === undefined) throw new AppError('NOT_FOUND', `${respondent} has no verbatim to code.`);
      const actionId = this.log.begin(settledBy, 'sample.settle', 'manual', `Settle “${theme.path}” on ${respondent}: apply (for ${lacking.map((k) => k.name).join(', ')})`);
      const insert = this.db.prepare("INSERT INTO codes (verbatim_id, theme_id, coder_id, source, added_by) VALUES (?, ?, ?, 'manual', ?)");
      for (const k of lacking) insert.run(target, themeId, k.id, actionId);
      return { added: lacking.length, removed: 0, actionId };
    })();
  }

  // -------------------------------------------------------------------------------------------

  /** The decisions of two coders over the responses both marked done. */
  private compare(sampleId: number, coderA: string, coderB: string): Compared {
    this.sample(sampleId);
    checkCoder(coderA);
    checkCoder(coderB);
    if (coderA === coderB) throw new AppError('BAD_INPUT', `Agreement compares two different coders; both are “${coderA}”.`);
    const a = this.existingCoder(coderA);
    const b = this.existingCoder(coderB);
    const params = { sample: sampleId, a, b };
    const doneBy = this.db.prepare('SELECT count(*) FROM coding_sample_done WHERE sample_id = @sample AND coder_id = @coder').pluck();
    const BOTH = `WITH both_done AS (
                    SELECT i.response_id, i.position FROM coding_sample_items i
                    WHERE i.sample_id = @sample
                      AND EXISTS (SELECT 1 FROM coding_sample_done d WHERE d.sample_id = i.sample_id AND d.response_id = i.response_id AND d.coder_id = @a)
                      AND EXISTS (SELECT 1 FROM coding_sample_done d WHERE d.sample_id = i.sample_id AND d.response_id = i.response_id AND d.coder_id = @b))`;
    const responses = this.db
      .prepare(`${BOTH} SELECT x.response_id AS responseId, x.position, r.respondent_id AS respondentId FROM both_done x JOIN responses r ON r.id = x.response_id ORDER BY x.position`)
      .all(params) as { responseId: number; position: number; respondentId: string | null }[];
    const codes = this.db
      .prepare(
        `${BOTH} SELECT DISTINCT x.response_id AS responseId, c.theme_id AS themeId, c.coder_id AS coderId
         FROM both_done x JOIN verbatims v ON v.response_id = x.response_id JOIN codes c ON c.verbatim_id = v.id
         WHERE c.active = 1 AND c.coder_id IN (@a, @b)`,
      )
      .all(params) as { responseId: number; themeId: number; coderId: number }[];

    const themes = new CodebookRepository(this.db).list();
    const parentOf = new Map(themes.map((t) => [t.id, t.parentId]));
    const mentionedA = new Set<string>();
    const mentionedB = new Set<string>();
    const directA = new Set<string>();
    const directB = new Set<string>();
    for (const code of codes) {
      if (!parentOf.has(code.themeId)) continue; // a theme no longer in the codebook
      const [direct, mentioned] = code.coderId === a ? [directA, mentionedA] : [directB, mentionedB];
      direct.add(key(code.responseId, code.themeId));
      for (let t: number | undefined = code.themeId; t !== undefined; t = parentOf.get(t)) mentioned.add(key(code.responseId, t));
    }
    return {
      doneByA: doneBy.get({ sample: sampleId, coder: a }) as number,
      doneByB: doneBy.get({ sample: sampleId, coder: b }) as number,
      responses,
      themes,
      mentionedA,
      mentionedB,
      directA,
      directB,
    };
  }

  /** Responses a sample may draw from, in id order (so a seed always sees them in the same order). */
  private eligible(group: NpsGroup | undefined): number[] {
    return this.db
      .prepare(
        `SELECT r.id FROM responses r
         WHERE r.excluded_reason IS NULL ${group ? `AND ${GROUP_SQL[group]}` : ''}
           AND EXISTS (SELECT 1 FROM verbatims v WHERE v.response_id = r.id AND ${NON_EMPTY})
         ORDER BY r.id`,
      )
      .pluck()
      .all() as number[];
  }

  private sample(id: number): CodingSample {
    const row = this.db.prepare(`${SELECT_SAMPLE} WHERE s.id = ?`).get(id) as SampleRow | undefined;
    if (!row) throw new AppError('NOT_FOUND', `The project has no double-coding sample ${id}.`, { detail: 'It may have been deleted.' });
    return toSample(row);
  }

  private assertItem(sample: CodingSample, responseId: number): void {
    if (!this.db.prepare('SELECT 1 FROM coding_sample_items WHERE sample_id = ? AND response_id = ?').get(sample.id, responseId)) {
      throw new AppError('NOT_FOUND', `Response ${responseId} is not in the sample “${sample.name}”.`);
    }
  }

  private coderId(name: string): number | undefined {
    return this.db.prepare('SELECT id FROM coders WHERE name = ?').pluck().get(name) as number | undefined;
  }

  private existingCoder(name: string): number {
    const id = this.coderId(name);
    if (id === undefined) throw new AppError('NOT_FOUND', `Nobody called “${name}” has coded in this project.`, { detail: 'Coders are named as they code; check the spelling.' });
    return id;
  }
}
