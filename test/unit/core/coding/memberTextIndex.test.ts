import { describe, expect, it } from 'vitest';
import type { ProjectDb } from '../../../../src/main/core/db/connection';
import { catchUpFullTextIndex } from '../../../../src/main/core/db/fullTextIndex';
import { GridMembership } from '../../../../src/main/core/db/gridMembership';
import { VerbatimGridRepository } from '../../../../src/main/core/db/verbatimGridRepository';
import type { GridFilter } from '../../../../src/shared/coding';
import { codedGridProject, expectSameAsSql, filters, reference } from '../../../support/gridSurvey';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs();

/** Runs `run` with every filter of more than a few members searched in its own index (`on`), or none. */
function ownIndex<T>(on: boolean, run: () => T): T {
  const saved = [GridMembership.ownIndexShare, GridMembership.ownIndexMaxText] as const;
  GridMembership.ownIndexShare = on ? 1 : 0;
  GridMembership.ownIndexMaxText = on ? Number.POSITIVE_INFINITY : 0;
  try {
    return run();
  } finally {
    [GridMembership.ownIndexShare, GridMembership.ownIndexMaxText] = saved;
  }
}

/** The verbatim ids the connection's member index holds (a contentless table lists its rowids). */
const held = (db: ProjectDb) => db.prepare('SELECT rowid FROM temp.loupe_member_fts ORDER BY rowid').pluck().all() as number[];

/** The filter's members (its parts other than the words), by plain SQL. */
const members = (db: ProjectDb, { query: _query, ...filter }: GridFilter) => reference(db, filter, 0, 1_000_000).ids;

/** Page, later page and count of each filter, as the grid answers them. */
function answers(db: ProjectDb, searched: readonly GridFilter[]) {
  const grid = new VerbatimGridRepository(db);
  return searched.map((filter) => ({ filter, ids: grid.page(filter, 0, 1000).map((r) => r.verbatimId), after: grid.page(filter, 5, 7).map((r) => r.verbatimId), count: grid.count(filter) }));
}

describe("a filter's own full-text index (MemberTextIndex)", () => {
  it("finds what scanning the project's index finds, for every searched filter, and holds exactly the filter's members", async () => {
    const { db, themes } = await codedGridProject(tempDir);
    const searched = filters(themes).filter((f) => f.query);
    const scanned = ownIndex(false, () => answers(db, searched));
    const own = ownIndex(true, () => answers(db, searched));
    expect(own).toEqual(scanned);
    expect(scanned.filter((a) => a.count > 0).length).toBeGreaterThan(searched.length / 2);
    ownIndex(true, () => expectSameAsSql(db, themes));
    // After each search the index holds that filter's members and no other verbatim.
    const grid = new VerbatimGridRepository(db);
    for (const filter of searched.slice(0, 12)) {
      ownIndex(true, () => grid.count(filter));
      const expected = members(db, filter);
      if (expected.length > GridMembership.fewMembers) expect({ filter, held: held(db) }).toEqual({ filter, held: expected });
    }
    db.close();
  });

  it('follows the codes that change (patched for a few, made again for many), another filter, an edited text and newly indexed verbatims', async () => {
    const { db, coding, themes } = await codedGridProject(tempDir);
    const grid = new VerbatimGridRepository(db);
    const filter: GridFilter = { themeId: themes.billing, query: 'price' };
    const check = () => {
      expect(grid.count(filter)).toBe(reference(db, filter, 0, 1).count);
      expect(grid.page(filter, 0, 1000).map((r) => r.verbatimId)).toEqual(reference(db, filter, 0, 1000).ids);
      expect(held(db)).toEqual(members(db, filter));
    };
    ownIndex(true, () => {
      check();
      const before = grid.count(filter);
      const outside = grid.page({ query: 'price', themeIds: [themes.billing], themeMode: 'none' }, 0, 1)[0]!.verbatimId;
      coding.apply('ann', themes.billing, { ids: [outside] });
      check();
      expect(grid.count(filter)).toBe(before + 1);
      expect(held(db)).toContain(outside);
      coding.undo();
      check();
      expect(held(db)).not.toContain(outside);
      // Many changes at once: made again.
      expect(coding.apply('ann', themes.billing, { query: 'price' }).coded).toBeGreaterThan(10);
      check();
      coding.undo();
      check();
      // Another filter's members replace them, and back.
      const other: GridFilter = { themeId: themes.speed, segments: { Region: 'EMEA' }, query: 'slow' };
      expect(grid.count(other)).toBe(reference(db, other, 0, 1).count);
      expect(held(db)).toEqual(members(db, other));
      check();
      // An edited text (the project's index follows it by trigger): found by its new words only,
      // accents folded as the project's index folds them.
      const member = held(db)[0]!;
      db.prepare("UPDATE verbatims SET text = 'zébra tiệp price' WHERE id = ?").run(member);
      const zebra: GridFilter = { ...filter, query: 'zebra' };
      expect(grid.page(zebra, 0, 10).map((r) => r.verbatimId)).toEqual([member]);
      expect(grid.page({ ...filter, query: 'tiep' }, 0, 10).map((r) => r.verbatimId)).toEqual([member]);
      expect(grid.page({ ...filter, query: 'refund' }, 0, 1000).map((r) => r.verbatimId)).not.toContain(member);
      check();
      // A verbatim not indexed yet is found by neither way; once the index catches up, by both.
      const responseId = db.prepare('SELECT response_id FROM verbatims WHERE id = ?').pluck().get(member) as number;
      const added = Number(db.prepare("INSERT INTO verbatims (response_id, column_name, text) VALUES (?, 'Follow-up', 'zebra price again')").run(responseId).lastInsertRowid);
      coding.apply('ann', themes.billing, { ids: [added] });
      expect(grid.page(zebra, 0, 10).map((r) => r.verbatimId)).toEqual([member]);
      expect(reference(db, zebra, 0, 10).ids).toEqual([member]);
      catchUpFullTextIndex(db);
      expect(grid.page(zebra, 0, 10).map((r) => r.verbatimId)).toEqual([member, added]);
      check();
    });
    db.close();
  });

  it('answers inside a transaction only when it is current, and a rolled-back transaction leaves it true', async () => {
    const { db, coding, themes } = await codedGridProject(tempDir);
    const grid = new VerbatimGridRepository(db);
    const filter: GridFilter = { themeId: themes.billing, query: 'price OR refund' };
    ownIndex(true, () => {
      const before = grid.count(filter);
      expect(before).toBe(reference(db, filter, 0, 1).count);
      const outside = grid.page({ query: 'price', themeIds: [themes.billing], themeMode: 'none' }, 0, 1)[0]!.verbatimId;
      expect(() =>
        db.transaction(() => {
          expect(grid.count(filter)).toBe(before);
          coding.apply('ann', themes.billing, { ids: [outside] });
          // Not current any more: answered by the scan, which sees the new code.
          expect(grid.count(filter)).toBe(before + 1);
          expect(grid.page(filter, 0, 1000).map((r) => r.verbatimId)).toContain(outside);
          throw new Error('abandon');
        })(),
      ).toThrow('abandon');
      expect(grid.count(filter)).toBe(before);
      expect(held(db)).toEqual(members(db, filter));
      coding.apply('ann', themes.billing, { ids: [outside] });
      expect(grid.count(filter)).toBe(before + 1);
      expect(held(db)).toEqual(members(db, filter));
    });
    db.close();
  });

  it('is used only for members that are few against the verbatims, with texts within its budget (by default)', async () => {
    const { db, themes } = await codedGridProject(tempDir);
    const grid = new VerbatimGridRepository(db);
    // 600 verbatims: 5% is 30. Speed (slow OR late) holds far more: scanned, no index made.
    expect(members(db, { themeId: themes.speed }).length).toBeGreaterThan(30);
    grid.count({ themeId: themes.speed, query: 'slow' });
    expect(db.prepare("SELECT count(*) FROM sqlite_temp_master WHERE name = 'loupe_member_fts'").pluck().get()).toBe(0);
    // A theme in one region and plan: more than the few looked up one by one (16), at most 30.
    const candidates = ['EMEA', 'APAC', 'LATAM', 'North America'].flatMap((Region) => ['Free', 'Pro', 'Team'].map((Plan) => ({ themeId: themes.billing, segments: { Region, Plan }, query: 'price OR refund' })));
    const sparse: GridFilter | undefined = candidates.find((f) => members(db, f).length > GridMembership.fewMembers && members(db, f).length <= 30);
    if (!sparse) throw new Error(`no filter with 17 to 30 members: ${candidates.map((f) => members(db, f).length).join(', ')}`);
    // Texts longer in all than the budget: scanned.
    const budget = GridMembership.ownIndexMaxText;
    GridMembership.ownIndexMaxText = 10 * members(db, sparse).length; // the texts average more than 10 characters
    try {
      expect(grid.count(sparse)).toBe(reference(db, sparse, 0, 1).count);
      expect(db.prepare("SELECT count(*) FROM sqlite_temp_master WHERE name = 'loupe_member_fts'").pluck().get()).toBe(0);
    } finally {
      GridMembership.ownIndexMaxText = budget;
    }
    expect(grid.count(sparse)).toBe(reference(db, sparse, 0, 1).count);
    expect(held(db)).toEqual(members(db, sparse));
    db.close();
  });
});
