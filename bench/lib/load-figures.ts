import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Figure, FigureSpec } from './figure';
import { FIGURES_DIR } from './paths';

/** Every bench/figures/*.ts (files starting with "_" are helpers, not figures), sorted by id. */
export function figureFiles(): string[] {
  return readdirSync(FIGURES_DIR)
    .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
    .sort()
    .map((f) => join(FIGURES_DIR, f));
}

export async function loadFigure(file: string): Promise<Figure> {
  const mod = (await import(file)) as { default?: FigureSpec<unknown> & { default?: FigureSpec<unknown> } };
  // Under CommonJS interop the module's default export may arrive one level down.
  const spec = mod.default?.default ?? mod.default;
  if (!spec || typeof spec.measure !== 'function') throw new Error(`${file}: the default export must be defineFigure({...})`);
  return { ...spec, id: basename(file, '.ts') };
}

export async function loadFigures(): Promise<Figure[]> {
  return Promise.all(figureFiles().map(loadFigure));
}
