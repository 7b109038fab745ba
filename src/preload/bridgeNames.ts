/**
 * The method and event names the preload lets through. They repeat METHOD_NAMES and EVENT_NAMES
 * on purpose: the sandboxed preload cannot `require` packages, and importing shared/api.ts at run
 * time would pull in zod. The types below fail to compile when the contract gains a name that is
 * missing here (or this list names one the contract lacks), and a unit test compares the lists.
 */
import type { EventName, MethodName } from '../shared/api';

export const BRIDGE_METHOD_NAMES = [
  'app.info',
  'projects.recent',
  'projects.forgetRecent',
  'projects.create',
  'projects.open',
  'projects.close',
  'projects.current',
  'projects.getLayout',
  'projects.saveLayout',
  'files.list',
  'imports.list',
  'rules.list',
  'rules.preview',
  'rules.create',
  'rules.delete',
  'notes.add',
  'notes.update',
  'notes.delete',
  'notes.ofTheme',
  'samples.list',
  'samples.create',
  'samples.get',
  'samples.delete',
  'samples.items',
  'samples.markDone',
  'samples.code',
  'samples.agreement',
  'samples.disagreements',
  'samples.settle',
  'views.list',
  'views.save',
  'views.delete',
  'jobs.start',
  'jobs.list',
  'jobs.get',
  'jobs.cancel',
  'imports.inspect',
  'imports.details',
  'imports.excluded',
  'nps.report',
  'analysis.verbatims',
  'analysis.keyphrases',
  'analysis.suggestions',
  'analysis.acceptSuggestion',
  'analysis.dropSuggestion',
  'analysis.suggestionMembers',
  'analysis.classifier',
  'analysis.applyClassifier',
  'settings.get',
  'settings.setCoder',
  'codebook.list',
  'codebook.create',
  'codebook.update',
  'codebook.move',
  'codebook.merge',
  'codebook.deletionImpact',
  'codebook.delete',
  'codebook.import',
  'codebook.export',
  'coding.count',
  'coding.apply',
  'coding.remove',
  'coding.rule',
  'coding.applyExcerpt',
  'coding.removeCode',
  'coding.fromSuggestion',
  'coding.page',
  'coding.segments',
  'coding.coders',
  'coding.response',
  'coding.undo',
  'coding.redo',
  'coding.history',
] as const satisfies readonly MethodName[];

export const BRIDGE_EVENT_NAMES = ['onJobProgress', 'onProjectChanged', 'onMenuCommand'] as const satisfies readonly EventName[];

type MissingMethods = Exclude<MethodName, (typeof BRIDGE_METHOD_NAMES)[number]>;
type MissingEvents = Exclude<EventName, (typeof BRIDGE_EVENT_NAMES)[number]>;

/** Compiles only while both lists are complete. */
export const BRIDGE_NAMES_COMPLETE: [MissingMethods | MissingEvents] extends [never] ? true : { missing: MissingMethods | MissingEvents } = true;

const methodSet: ReadonlySet<string> = new Set(BRIDGE_METHOD_NAMES);
const eventSet: ReadonlySet<string> = new Set(BRIDGE_EVENT_NAMES);

export function isBridgeMethod(name: unknown): name is MethodName {
  return typeof name === 'string' && methodSet.has(name);
}

export function isBridgeEvent(name: unknown): name is EventName {
  return typeof name === 'string' && eventSet.has(name);
}
