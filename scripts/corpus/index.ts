/** The corpus generator's public surface: deterministic, streaming survey and ticket exports. */
export { CORPUS_VERSION } from './version';
export { generateSurvey, responseId, SURVEY_HEADERS, LABEL_HEADERS, LABEL_SEPARATOR } from './survey';
export type { SurveyOptions, GenerationStats } from './survey';
export { generateTickets, TICKET_HEADERS, HISTORY_HEADERS } from './tickets';
export type { TicketOptions, TicketStats } from './tickets';
export { REFERENCE_DATE, WINDOW_START, TREND_BREAK } from './calendar';
export { THEME_LABELS, PROBLEM_THEMES, PRAISE_THEMES, GENERAL_THEMES, INTENTS } from './themes';
export type { ThemeId } from './themes';
export { openFileSink, CountingSink, ChunkWriter } from './sink';
export { csvField, csvRow, UTF8_BOM } from './csv';
export { SAMPLE_SIZE, SAMPLE_SEED, SAMPLE_FILES, writeSample } from './sample';
