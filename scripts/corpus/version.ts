/**
 * Bump whenever a change to the generator changes its output for a given seed:
 * cached benchmark corpora record it and are regenerated when it differs.
 */
export const CORPUS_VERSION = 1;
