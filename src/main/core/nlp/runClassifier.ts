import { AppError } from '../../../shared/errors';
import type { ClassifierRun } from '../../../shared/nlp';
import { ClassifierRepository } from '../db/classifierRepository';
import { CodebookRepository } from '../db/codebookRepository';
import type { ProjectDb } from '../db/connection';
import { trainThemeClassifier } from './themeClassifier';

/**
 * Learns a theme from its manual codes (it and its children) and keeps what it suggests for the
 * uncoded verbatims, with its cross-validated precision and recall; too few codes is a clear error.
 */
export function runClassifier(db: ProjectDb, themeId: number): ClassifierRun {
  const book = new CodebookRepository(db);
  const theme = book.get(themeId);
  const repo = new ClassifierRepository(db);
  const { positives, negatives } = repo.training(book.subtree(themeId));
  const trained = trainThemeClassifier({ positives, negatives });
  if (!trained.ok) {
    throw new AppError('BAD_INPUT', `“${theme.path}” cannot be learnt yet: ${trained.message}`, {
      detail:
        trained.reason === 'too-few-codes'
          ? `Code at least ${trained.need} analysed English verbatims with it by hand (it has ${trained.have}).`
          : `Code at least ${trained.need} analysed English verbatims with other themes by hand, so the model sees what it is not (there are ${trained.have}).`,
    });
  }
  const { model, crossValidation: cv } = trained;
  const suggestions = model.predict(repo.uncoded());
  repo.save(
    {
      themeId,
      positives: cv.positives,
      negatives: cv.negatives,
      threshold: cv.threshold,
      validation: {
        folds: cv.folds,
        ...(cv.precision === undefined ? {} : { precision: cv.precision }),
        recall: cv.recall,
        f1: cv.f1,
        ...(cv.precisionCi95 ? { precisionCi95: cv.precisionCi95 } : {}),
        recallCi95: cv.recallCi95,
        tp: cv.tp,
        fp: cv.fp,
        fn: cv.fn,
      },
      topFeatures: model.topFeatures(12).map((f) => f.feature),
    },
    suggestions,
  );
  return repo.get(themeId)!;
}
