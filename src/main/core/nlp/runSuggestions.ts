import type { ProjectDb } from '../db/connection';
import { SuggestionRepository } from '../db/suggestionRepository';
import { suggestThemes } from './suggestThemes';
import type { WordVectors } from './wordVectors';

export interface SuggestionSettings {
  /** Coarser (< 0) or finer (> 0) themes; 0 by default. */
  readonly granularity?: number;
  readonly seed?: number;
  /** Word vectors (loaded lazily by the caller); TF-IDF alone without them. */
  readonly vectors?: WordVectors;
}

/** How much finer a split is than the run it splits. */
const SPLIT_STEPS = 2;

/**
 * Suggests themes from the project's analysed verbatims and keeps them (replacing the open
 * suggestions of the last run). Returns how many it made and from how many verbatims.
 */
export function runSuggestions(db: ProjectDb, settings: SuggestionSettings = {}): { suggestions: number; documents: number; ms: number } {
  const started = performance.now();
  const repo = new SuggestionRepository(db);
  const docs = repo.documents();
  const granularity = settings.granularity ?? 0;
  const seed = settings.seed ?? 1;
  const suggestions = suggestThemes(docs, { granularity, seed, ...(settings.vectors ? { vectors: settings.vectors } : {}) });
  const ms = performance.now() - started;
  repo.save({ granularity, seed, vectors: settings.vectors !== undefined, documents: docs.length, ms }, suggestions);
  return { suggestions: suggestions.length, documents: docs.length, ms };
}

/** Splits one suggestion into finer ones, clustering its members again at a finer granularity. */
export function splitSuggestion(db: ProjectDb, id: string, settings: SuggestionSettings = {}): { suggestions: number } {
  const repo = new SuggestionRepository(db);
  const docs = repo.documents(id);
  const parts = suggestThemes(docs, {
    granularity: (repo.run()?.granularity ?? 0) + SPLIT_STEPS,
    seed: settings.seed ?? 1,
    minSize: Math.max(3, Math.floor(docs.length / 50)),
    ...(settings.vectors ? { vectors: settings.vectors } : {}),
  });
  // Too few to split, or one part only: the suggestion stays as it is.
  if (parts.length < 2) return { suggestions: 1 };
  // A part's volume is a share of every clustered verbatim, as the other suggestions' are.
  const documents = repo.run()?.documents ?? docs.length;
  repo.replace(
    id,
    parts.map((p) => ({ ...p, volume: documents > 0 ? p.members.length / documents : 0 })),
  );
  return { suggestions: parts.length };
}
