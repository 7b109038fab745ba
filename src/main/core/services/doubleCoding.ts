import type { CodingSample, CodingSampleDetails, Disagreement, SampleAgreement, SampleItem, SettleDecision, SettleResult } from '../../../shared/doubleCoding';
import type { NpsGroup } from '../../../shared/coding';
import { CodingRepository } from '../db/codingRepository';
import { DoubleCodingRepository } from '../db/doubleCodingRepository';
import type { ProjectService } from './projects';

/** Blind double-coding of the open project: samples, each coder's blind view, agreement and settling. */
export class DoubleCodingService {
  constructor(
    private readonly projects: ProjectService,
    private readonly coder: () => string,
  ) {}

  private repo() {
    return new DoubleCodingRepository(this.projects.require().db);
  }

  list(): CodingSample[] {
    return this.repo().list();
  }

  create(name: string, size: number, seed: number, group?: NpsGroup): CodingSampleDetails {
    return this.repo().create(name, { size, seed, ...(group ? { filter: { group } } : {}) });
  }

  get(id: number): CodingSampleDetails {
    return this.repo().get(id);
  }

  delete(id: number): { deleted: true } {
    this.repo().delete(id);
    return { deleted: true };
  }

  /** The sample as this coder sees it: only their own codes (blind). */
  items(id: number): { coder: string; items: SampleItem[] } {
    const coder = this.coder();
    return { coder, items: this.repo().items(id, coder) };
  }

  markDone(id: number, responseId: number, done: boolean): { done: boolean } {
    this.repo().markDone(id, responseId, this.coder(), done);
    return { done };
  }

  /** Applies or removes a theme on a verbatim as this coder's own decision (a removal takes only their code). */
  code(themeId: number, verbatimId: number, apply: boolean): { changed: number } {
    const codes = new CodingRepository(this.projects.require().db);
    const coder = this.coder();
    return apply
      ? { changed: codes.apply(coder, themeId, { ids: [verbatimId] }).coded }
      : { changed: codes.remove(coder, themeId, { ids: [verbatimId] }, true).removed };
  }

  agreement(id: number, coderA: string, coderB: string): SampleAgreement {
    return this.repo().agreement(id, coderA, coderB);
  }

  disagreements(id: number, coderA: string, coderB: string): Disagreement[] {
    return this.repo().disagreements(id, coderA, coderB);
  }

  settle(id: number, responseId: number, themeId: number, decision: SettleDecision): SettleResult {
    return this.repo().settle(id, responseId, themeId, decision, this.coder());
  }
}
