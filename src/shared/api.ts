/**
 * The LoupeApi contract: every way the UI, a script or the CLI reaches data.
 * One zod schema per method's input, checked at every host boundary; every
 * method is async; inputs and results are plain, structured-clone-safe data.
 */
import { z } from 'zod';
import { importOptionsSchema, type ImportPreview } from './imports';
import type { CodingSample, CodingSampleDetails, Disagreement, SampleAgreement, SampleItem, SettleResult } from './doubleCoding';
import type { ClassifierRun, KeyphraseStatsRow, SuggestionRun, ThemeSuggestion, VerbatimRow } from './nlp';
import type { CodeResult, CodingAction, GridRow, GridView, Note, ResponseDetail, Rule, RulePreview, SegmentValues, Theme } from './coding';
import type {
  AppInfo,
  DirectoryListing,
  ExcludedRow,
  ImportDetails,
  ImportSummary,
  NpsReport,
  JobInfo,
  LayoutState,
  ProjectInfo,
  RecentProject,
} from './model';

const path = z.string().trim().min(1, 'A path is required').max(4096, 'The path is too long');
const empty = z.strictObject({});

/** A layout blob: an object, at most 64 KiB once serialised. */
const layout = z
  .record(z.string(), z.unknown())
  .refine((value) => JSON.stringify(value).length <= 64 * 1024, 'The layout is larger than 64 KiB');

const importId = z.number().int().positive();
const themeId = z.number().int().positive();
const themeColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is written #rrggbb');
const themeShortcut = z.string().regex(/^[a-zA-Z0-9]$/, 'a shortcut is one letter or digit');
const ruleKind = z.enum(['fts', 'regex']);
const ruleQuery = z.string().trim().min(1, 'A rule needs a query').max(1000);
const sampleId = z.number().int().positive();
const coderName = z.string().trim().min(1).max(100);
const noteText = z.string().trim().min(1, 'A note needs some text').max(20_000);

export const jobStartInput = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('sample.create'),
    /** Where to write the sample project; a fresh name in the default folder when absent. */
    path: path.optional(),
  }),
  /** Import a survey export into the open project (one transaction, in a worker thread). */
  importOptionsSchema.extend({ kind: z.literal('import') }),
  /** Remove one import and everything derived from it. */
  z.strictObject({ kind: z.literal('import.remove'), id: importId }),
  /** Run the NLP pipeline over the verbatims not analysed yet (in worker threads, one transaction). */
  z.strictObject({ kind: z.literal('analyze') }),
  /** Theme suggestions again: coarser (granularity < 0) or finer (> 0); or one suggestion split finer. */
  /** Learn a theme from its manual codes: a classifier that suggests it for uncoded verbatims. */
  z.strictObject({ kind: z.literal('classify'), themeId: z.number().int().positive() }),
  z.strictObject({ kind: z.literal('suggest'), granularity: z.number().min(-4).max(4).optional(), split: z.string().min(1).max(100).optional() }),
]);

/** Which rows the verbatim grid shows (every filter combines). */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD');
const gridFilter = z.strictObject({
  query: z.string().trim().min(1).max(1000).optional(),
  group: z.enum(['detractor', 'passive', 'promoter']).optional(),
  scoreMin: z.number().int().min(0).max(10).optional(),
  scoreMax: z.number().int().min(0).max(10).optional(),
  themeId: z.number().int().positive().optional(),
  themeIds: z.array(z.number().int().positive()).max(200).readonly().optional(),
  themeMode: z.enum(['any', 'all', 'none']).optional(),
  uncoded: z.boolean().optional(),
  segments: z.record(z.string().min(1).max(1000), z.union([z.string().max(1000), z.array(z.string().max(1000)).max(1000).readonly()])).optional(),
  sentiment: z.enum(['negative', 'neutral', 'positive']).optional(),
  dateFrom: day.optional(),
  dateTo: day.optional(),
  coder: z.string().trim().min(1).max(200).optional(),
  suggestion: z.string().min(1).max(100).optional(),
  model: z.number().int().positive().optional(),
});

/** Which verbatims a coding action applies to: some by id, every match of a full-text query, or every row of a grid filter. */
const selectionFields = {
  verbatimIds: z.array(z.number().int().positive()).min(1).max(100_000).optional(),
  query: z.string().trim().min(1).max(1000).optional(),
  filter: gridFilter.optional(),
};
const oneSelection = (input: { verbatimIds?: unknown; query?: unknown; filter?: unknown }) =>
  [input.verbatimIds, input.query, input.filter].filter((x) => x !== undefined).length === 1;
const codingSelection = z
  .strictObject({ themeId: z.number().int().positive(), ...selectionFields })
  .refine(oneSelection, 'give one of verbatimIds, query or filter');

/** Input schemas, keyed by method name ("area.verb"). */
export const methodInputs = {
  'app.info': empty,
  'projects.recent': empty,
  'projects.forgetRecent': z.strictObject({ path }),
  'projects.create': z.strictObject({ path, name: z.string().trim().min(1).max(200).optional() }),
  'projects.open': z.strictObject({ path }),
  'projects.close': empty,
  'projects.current': empty,
  'projects.getLayout': empty,
  'projects.saveLayout': z.strictObject({ layout }),
  'files.list': z.strictObject({ path: path.optional(), show: z.enum(['projects', 'data', 'codebooks']).optional() }),
  'imports.list': empty,
  'imports.inspect': importOptionsSchema,
  'imports.details': z.strictObject({ id: importId }),
  'imports.excluded': z.strictObject({
    id: importId,
    offset: z.number().int().min(0).optional(),
    limit: z.number().int().min(1).max(1000).optional(),
    /** Only the rows left out for this reason ("preview", "duplicate", "invalid-score", ...). */
    reason: z.string().min(1).max(100).optional(),
  }),
  'nps.report': z.strictObject({ by: z.string().min(1).max(1000).optional(), period: z.enum(['week', 'month']).optional() }),
  'analysis.verbatims': z.strictObject({
    /** A full-text expression (words, "phrases", prefix*, AND / OR / NOT). */
    query: z.string().trim().min(1).max(1000).optional(),
    limit: z.number().int().min(1).max(10_000).optional(),
  }),
  'analysis.keyphrases': z.strictObject({
    /** Only phrases seen at least this often (default 2). */
    minFrequency: z.number().int().min(1).max(1_000_000).optional(),
    limit: z.number().int().min(1).max(10_000).optional(),
  }),
  /** The suggested themes of the last run, and how it was made. */
  'analysis.suggestions': empty,
  /** Accepts one suggestion (or merges several) as a codebook theme: members coded, phrases a rule; one undoable action. */
  'analysis.acceptSuggestion': z.strictObject({
    ids: z.array(z.string().min(1).max(100)).min(1).max(50),
    name: z.string().trim().min(1).max(200).optional(),
    parentId: themeId.optional(),
    /** The phrases kept for the rule (keys); all when absent. */
    phrases: z.array(z.string().min(1).max(500)).max(200).optional(),
    applyRule: z.boolean().optional(),
  }),
  'analysis.dropSuggestion': z.strictObject({ id: z.string().min(1).max(100) }),
  /** A theme's classifier: its cross-validated precision and recall, and how many verbatims it suggests. */
  'analysis.classifier': z.strictObject({ themeId }),
  /** Codes every verbatim the theme's classifier suggests (still uncoded with it), source 'model', as one undoable action. */
  'analysis.applyClassifier': z.strictObject({ themeId }),
  /** The respondent ids (as the export wrote them) of a suggestion's verbatims. */
  'analysis.suggestionMembers': z.strictObject({ id: z.string().min(1).max(100) }),
  /** Per-user settings kept by the core: the name this person codes as. */
  'settings.get': empty,
  'settings.setCoder': z.strictObject({ name: z.string().trim().min(1, 'A coder name is required').max(100) }),
  'codebook.list': empty,
  'codebook.create': z.strictObject({
    name: z.string().trim().min(1).max(200),
    parentId: z.number().int().positive().optional(),
    description: z.string().max(10_000).optional(),
    color: themeColor.optional(),
    shortcut: themeShortcut.optional(),
  }),
  /** Changes a theme's name, description, colour or shortcut (null clears it), as one undoable action. */
  'codebook.update': z.strictObject({
    id: themeId,
    name: z.string().trim().min(1).max(200).optional(),
    description: z.string().max(10_000).optional(),
    color: themeColor.optional(),
    shortcut: themeShortcut.nullable().optional(),
  }),
  /** Moves a theme under another one, or to the top level when parentId is absent. */
  'codebook.move': z.strictObject({ id: themeId, parentId: themeId.optional() }),
  /** Merges a theme into another: its codes and children move to the survivor. */
  'codebook.merge': z.strictObject({ sourceId: themeId, targetId: themeId }),
  /** What deleting a theme takes with it (its children and their codes), shown before it is confirmed. */
  'codebook.deletionImpact': z.strictObject({ id: themeId }),
  'codebook.delete': z.strictObject({ id: themeId }),
  'codebook.import': z.strictObject({ path }),
  /** Writes the codebook as a REFI-QDA codebook (.qdc) or a CSV with path-style names. */
  'codebook.export': z.strictObject({ path, format: z.enum(['qdc', 'csv']) }),
  'coding.count': z.strictObject(selectionFields).refine(oneSelection, 'give one of verbatimIds, query or filter'),
  'coding.apply': codingSelection,
  'coding.remove': codingSelection,
  /** Codes every verbatim matching a full-text query with a theme (named by path), as a saved rule. */
  'coding.rule': z.strictObject({ theme: z.string().trim().min(1).max(1000), query: z.string().trim().min(1).max(1000) }),
  /** Codes a span of a verbatim (character offsets [start, end) into its text) with a theme. */
  'coding.applyExcerpt': z.strictObject({ themeId, verbatimId: z.number().int().positive(), start: z.number().int().min(0), end: z.number().int().min(1) }),
  /** Removes one code (an excerpt, or a whole-verbatim code) by its id. */
  'coding.removeCode': z.strictObject({ codeId: z.number().int().positive() }),
  /** Codes a suggested theme's verbatims with a codebook theme (named by path), source 'suggestion'. */
  'coding.fromSuggestion': z.strictObject({ theme: z.string().trim().min(1).max(1000), suggestion: z.string().min(1).max(100) }),
  'coding.page': gridFilter.extend({
    offset: z.number().int().min(0),
    limit: z.number().int().min(1).max(500),
    sort: z.strictObject({ column: z.string().min(1).max(1100), direction: z.enum(['asc', 'desc']) }).optional(),
  }),
  /** Segments and their values, for the grid's filters and columns. */
  'coding.segments': empty,
  /** The names of everyone who has coded in the project. */
  'coding.coders': empty,
  /** The whole response a verbatim belongs to, with its codes, notes and coding history. */
  'coding.response': z.strictObject({ verbatimId: z.number().int().positive() }),
  'coding.undo': empty,
  'coding.redo': empty,
  'coding.history': z.strictObject({ limit: z.number().int().min(1).max(1000).optional() }),
  /** The codebook's rules (of one theme when themeId is given). */
  'rules.list': z.strictObject({ themeId: themeId.optional() }),
  /** How many verbatims a query would code, and a few of them, before it becomes a rule. */
  'rules.preview': z.strictObject({ kind: ruleKind, query: ruleQuery }),
  /** Saves a rule for a theme and codes what it matches (source 'rule'), as one undoable action. */
  'rules.create': z.strictObject({ themeId, kind: ruleKind, query: ruleQuery }),
  'rules.delete': z.strictObject({ id: z.number().int().positive() }),
  /** A note (memo) on a verbatim or on a theme. */
  'notes.add': z
    .strictObject({ verbatimId: z.number().int().positive().optional(), themeId: themeId.optional(), text: noteText })
    .refine((n) => (n.verbatimId === undefined) !== (n.themeId === undefined), 'give one of verbatimId or themeId'),
  'notes.update': z.strictObject({ id: z.number().int().positive(), text: noteText }),
  'notes.delete': z.strictObject({ id: z.number().int().positive() }),
  'notes.ofTheme': z.strictObject({ themeId }),
  /** Blind double-coding: samples, each coder's blind view, agreement, disagreements and settling them. */
  'samples.list': empty,
  'samples.create': z.strictObject({
    name: z.string().trim().min(1).max(200),
    size: z.number().int().min(1).max(100_000),
    seed: z.number().int().min(0).max(2 ** 31 - 1),
    group: z.enum(['detractor', 'passive', 'promoter']).optional(),
  }),
  'samples.get': z.strictObject({ id: sampleId }),
  'samples.delete': z.strictObject({ id: sampleId }),
  'samples.items': z.strictObject({ id: sampleId }),
  'samples.markDone': z.strictObject({ id: sampleId, responseId: z.number().int().positive(), done: z.boolean() }),
  /** Applies or removes a theme on a verbatim as the coder's own decision (blind: a removal takes only their code). */
  'samples.code': z.strictObject({ themeId, verbatimId: z.number().int().positive(), apply: z.boolean() }),
  'samples.agreement': z.strictObject({ id: sampleId, coderA: coderName, coderB: coderName }),
  'samples.disagreements': z.strictObject({ id: sampleId, coderA: coderName, coderB: coderName }),
  'samples.settle': z.strictObject({ id: sampleId, responseId: z.number().int().positive(), themeId, decision: z.enum(['apply', 'remove']) }),
  /** The grid's saved views. */
  'views.list': empty,
  'views.save': z.strictObject({ name: z.string().trim().min(1).max(200), filter: gridFilter, hidden: z.array(z.string().min(1).max(200)).max(500).readonly() }),
  'views.delete': z.strictObject({ id: z.number().int().positive() }),
  'jobs.start': jobStartInput,
  'jobs.list': empty,
  'jobs.get': z.strictObject({ id: z.string().min(1).max(100) }),
  'jobs.cancel': z.strictObject({ id: z.string().min(1).max(100) }),
} as const;

/** Result types, keyed by method name. */
export interface MethodOutputs {
  'app.info': AppInfo;
  'projects.recent': readonly RecentProject[];
  'projects.forgetRecent': readonly RecentProject[];
  'projects.create': ProjectInfo;
  'projects.open': ProjectInfo;
  'projects.close': { readonly closed: boolean };
  'projects.current': { readonly project?: ProjectInfo };
  'projects.getLayout': { readonly layout?: LayoutState };
  'projects.saveLayout': { readonly saved: true };
  'files.list': DirectoryListing;
  'imports.list': readonly ImportSummary[];
  'imports.inspect': ImportPreview;
  'imports.details': ImportDetails;
  'imports.excluded': { readonly rows: readonly ExcludedRow[]; readonly total: number };
  'nps.report': NpsReport;
  'analysis.verbatims': { readonly rows: readonly VerbatimRow[] };
  'analysis.keyphrases': { readonly rows: readonly KeyphraseStatsRow[]; readonly total: number };
  'analysis.suggestions': { readonly suggestions: readonly ThemeSuggestion[]; readonly run?: SuggestionRun };
  'analysis.acceptSuggestion': CodeResult & { readonly themeId: number; readonly rule?: string };
  'analysis.dropSuggestion': { readonly dropped: true };
  'analysis.classifier': { readonly run?: ClassifierRun };
  'analysis.applyClassifier': CodeResult;
  'analysis.suggestionMembers': readonly string[];
  'settings.get': { readonly coder: string; readonly coderSet?: true };
  'settings.setCoder': { readonly coder: string; readonly coderSet: true };
  'codebook.list': readonly Theme[];
  'codebook.create': Theme;
  'codebook.update': Theme;
  'codebook.move': Theme;
  'codebook.merge': { readonly moved: number };
  'codebook.deletionImpact': { readonly themes: number; readonly codes: number };
  'codebook.delete': { readonly themes: number; readonly codes: number };
  'codebook.import': { readonly created: number; readonly themes: number };
  'codebook.export': { readonly themes: number; readonly path: string };
  'coding.count': { readonly count: number };
  'coding.apply': CodeResult;
  'coding.remove': { readonly removed: number };
  'coding.rule': CodeResult;
  'coding.fromSuggestion': CodeResult;
  'coding.applyExcerpt': { readonly codeId: number };
  'coding.removeCode': { readonly removed: number };
  /** `total` is left out when counting would cost more than the page (a full-text search): ask coding.count. */
  'coding.page': { readonly rows: readonly GridRow[]; readonly total?: number };
  'coding.segments': readonly SegmentValues[];
  'coding.coders': readonly string[];
  'coding.response': ResponseDetail;
  'coding.undo': { readonly action?: CodingAction };
  'coding.redo': { readonly action?: CodingAction };
  'coding.history': readonly CodingAction[];
  'rules.list': readonly Rule[];
  'rules.preview': RulePreview;
  'rules.create': CodeResult;
  'rules.delete': { readonly deleted: true };
  'notes.add': Note;
  'notes.update': Note;
  'notes.delete': { readonly deleted: true };
  'notes.ofTheme': readonly Note[];
  'samples.list': readonly CodingSample[];
  'samples.create': CodingSampleDetails;
  'samples.get': CodingSampleDetails;
  'samples.delete': { readonly deleted: true };
  'samples.items': { readonly coder: string; readonly items: readonly SampleItem[] };
  'samples.markDone': { readonly done: boolean };
  'samples.code': { readonly changed: number };
  'samples.agreement': SampleAgreement;
  'samples.disagreements': readonly Disagreement[];
  'samples.settle': SettleResult;
  'views.list': readonly GridView[];
  'views.save': GridView;
  'views.delete': { readonly deleted: true };
  'jobs.start': JobInfo;
  'jobs.list': readonly JobInfo[];
  'jobs.get': JobInfo;
  'jobs.cancel': JobInfo;
}

export type MethodName = keyof typeof methodInputs & keyof MethodOutputs;
export type MethodInput<M extends MethodName> = z.input<(typeof methodInputs)[M]>;
export type ParsedInput<M extends MethodName> = z.output<(typeof methodInputs)[M]>;
export type MethodOutput<M extends MethodName> = MethodOutputs[M];

export const METHOD_NAMES = Object.keys(methodInputs) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(methodInputs, name);
}

/** Events pushed from the core to every connected UI. */
export interface EventPayloads {
  onJobProgress: JobInfo;
  onProjectChanged: { readonly project?: ProjectInfo };
  /** The desktop menu asks the workbench to run a command (by its command id). */
  onMenuCommand: { readonly command: string };
}
export type EventName = keyof EventPayloads;
export const EVENT_NAMES: readonly EventName[] = ['onJobProgress', 'onProjectChanged', 'onMenuCommand'];

type Namespace<M> = M extends `${infer NS}.${string}` ? NS : never;

/** The API as a client sees it: `api.projects.open({ path })`. */
export type LoupeApi = {
  readonly [NS in Namespace<MethodName>]: {
    readonly [M in MethodName as M extends `${NS}.${infer F}` ? F : never]: (
      input: MethodInput<M>,
    ) => Promise<MethodOutput<M>>;
  };
};

/** What a host must provide so `createApiClient` can build a LoupeApi on top of it. */
export interface Transport {
  invoke(method: MethodName, input: unknown): Promise<unknown>;
  subscribe<E extends EventName>(event: E, handler: (payload: EventPayloads[E]) => void): () => void;
}

export interface ApiClient {
  readonly api: LoupeApi;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  on<E extends EventName>(event: E, handler: (payload: EventPayloads[E]) => void): () => void;
}

export function createApiClient(transport: Transport): ApiClient {
  const call = <M extends MethodName>(method: M, input: MethodInput<M>) =>
    transport.invoke(method, input) as Promise<MethodOutput<M>>;
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const method of METHOD_NAMES) {
    const [ns, fn] = method.split('.') as [string, string];
    const group = (api[ns] ??= {});
    group[fn] = (input: unknown) => transport.invoke(method, input ?? {});
  }
  return {
    api: api as unknown as LoupeApi,
    call,
    on: (event, handler) => transport.subscribe(event, handler),
  };
}
