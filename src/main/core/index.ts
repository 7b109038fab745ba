/** The core as a library, for the benchmark runner and scripts that use the built output (out/main/core.js). */
export { createServices, type Services, type ServicesOptions } from './services/createServices';
export { createInProcessTransport } from './services/inProcessTransport';
export { createProjectDatabase, openProjectDatabase } from './db/connection';
export { runImport } from './ingest/runImport';
export { inspectImport } from './ingest/inspectImport';
export { SAMPLE_SURVEY_MAPPING } from './services/sample';
export { catchUpFullTextIndex } from './db/fullTextIndex';
export { runInWorker, IMPORT_WORKER_LIMITS } from './services/runInWorker';
export { createTextAnalyzer, sentimentLabel } from './nlp/analyzeText';
export { loadLanguageDetector } from './nlp/language';
export { suggestThemes, type SuggestedTheme, type SuggestThemesOptions, type ThemeDoc } from './nlp/suggestThemes';
export { loadWordVectors, type WordVectors } from './nlp/wordVectors';
export { tfidfKmeans } from './analysis/tfidfKmeans';
export { adjustedRandIndex, normalizedMutualInfo } from './analysis/clusterAgreement';
