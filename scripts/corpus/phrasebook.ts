import { EN_PROBLEMS } from './phrases/en-problems';
import { EN_GENERAL, EN_PRAISE } from './phrases/en-praise';
import { EN_FRAMES, EN_SLOTS } from './phrases/en-slots';
import { DE } from './phrases/de';
import { ES } from './phrases/es';
import { FR } from './phrases/fr';
import type { IntlPhrases } from './phrases/intl-types';
import { compileAll, compileVocabulary, type SlotVocabulary, type Template } from './template';
import type { GeneralTheme, Language, SpecificTheme } from './themes';

/** Phrase banks compiled once into templates, per language. */
export interface Phrasebook {
  readonly language: Language;
  readonly slots: SlotVocabulary;
  readonly clauses: Partial<Record<SpecificTheme, Template[]>>;
  readonly nouns: Partial<Record<SpecificTheme, Template[]>>;
  readonly general: Record<GeneralTheme, readonly string[]>;
  readonly contrast: readonly string[];
  readonly openers: readonly string[];
  readonly closersNegative: readonly string[];
  readonly closersPositive: readonly string[];
  readonly problemNoun: Template[];
  readonly praiseNoun: Template[];
}

function english(): Phrasebook {
  const clauses: Partial<Record<SpecificTheme, Template[]>> = {};
  const nouns: Partial<Record<SpecificTheme, Template[]>> = {};
  for (const bank of [EN_PROBLEMS, EN_PRAISE]) {
    for (const [theme, phrases] of Object.entries(bank)) {
      clauses[theme as SpecificTheme] = compileAll(phrases.clauses);
      nouns[theme as SpecificTheme] = compileAll(phrases.nouns);
    }
  }
  return {
    language: 'en',
    slots: compileVocabulary(EN_SLOTS),
    clauses,
    nouns,
    general: EN_GENERAL,
    contrast: EN_FRAMES.contrast,
    openers: EN_FRAMES.openers,
    closersNegative: EN_FRAMES.closersNegative,
    closersPositive: EN_FRAMES.closersPositive,
    problemNoun: compileAll(EN_FRAMES.problemNoun),
    praiseNoun: compileAll(EN_FRAMES.praiseNoun),
  };
}

function intl(language: Language, bank: IntlPhrases): Phrasebook {
  const clauses: Partial<Record<SpecificTheme, Template[]>> = {};
  for (const [theme, list] of Object.entries(bank.clauses)) clauses[theme as SpecificTheme] = compileAll(list ?? []);
  return {
    language,
    slots: compileVocabulary(bank.slots),
    clauses,
    nouns: {},
    general: bank.general,
    contrast: bank.contrast,
    openers: [],
    closersNegative: bank.closersNegative,
    closersPositive: bank.closersPositive,
    problemNoun: [],
    praiseNoun: [],
  };
}

let books: Record<Language, Phrasebook> | undefined;

export function phrasebook(language: Language): Phrasebook {
  books ??= { en: english(), fr: intl('fr', FR), de: intl('de', DE), es: intl('es', ES) };
  return books[language];
}
