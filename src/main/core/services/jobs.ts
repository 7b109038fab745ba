import { randomUUID } from 'node:crypto';
import { AppError, serializeError } from '../../../shared/errors';
import { asJobId, type JobId, type JobInfo, type JobKind } from '../../../shared/model';
import type { EventBus } from './eventBus';

export interface JobContext {
  readonly signal: AbortSignal;
  /** Reports progress; events are throttled so a tight loop cannot flood the UI. */
  progress(done: number, total: number, message?: string): void;
  /**
   * Says the job has committed part of its work, which it keeps from now on whatever happens:
   * `message` says what is kept and what is not ("The analysis of 660 verbatims is kept; …"), and
   * a cancelled job then shows "Cancelled. <message>" instead of "Cancelled; nothing was changed".
   */
  kept?(message: string): void;
}

interface JobRecord {
  info: JobInfo;
  controller: AbortController;
  lastEmit: number;
  /** What a cancelled job says: nothing changed, unless the work said what it keeps. */
  cancelled: string;
}

const EMIT_INTERVAL_MS = 100;
const KEEP_FINISHED = 50;

/**
 * Long work as jobs: start returns at once; progress, completion, failure and
 * cancellation are pushed as onJobProgress events. A job's work must leave the
 * project as it was when it fails or is cancelled (each job owns that guarantee).
 */
export class JobService {
  private readonly jobs = new Map<JobId, JobRecord>();

  constructor(private readonly events: EventBus) {}

  start(kind: JobKind, title: string, work: (ctx: JobContext) => Promise<unknown>, unit?: JobInfo['unit']): JobInfo {
    const id = asJobId(randomUUID());
    const record: JobRecord = {
      info: { id, kind, title, state: 'running', done: 0, total: 0, ...(unit ? { unit } : {}), message: 'Starting…', startedAt: new Date().toISOString() },
      controller: new AbortController(),
      lastEmit: 0,
      cancelled: 'Cancelled; nothing was changed',
    };
    this.jobs.set(id, record);
    this.prune();
    this.emit(record, true);
    const ctx: JobContext = {
      signal: record.controller.signal,
      progress: (done, total, message) => {
        if (record.info.state !== 'running') return;
        record.info = { ...record.info, done, total, message: message ?? record.info.message };
        // A finished phase (done = total) is always reported: it is where the work changes.
        this.emit(record, total > 0 && done >= total);
      },
      kept: (message) => {
        record.cancelled = `Cancelled. ${message}`;
      },
    };
    // Run on a later tick so the caller gets the id before any work happens.
    setImmediate(() => {
      work(ctx).then(
        (result) => this.finish(record, { state: 'succeeded', result, message: 'Done' }),
        (error: unknown) => {
          const cancelled = record.controller.signal.aborted || (error instanceof AppError && error.code === 'JOB_CANCELLED');
          if (!cancelled && !(error instanceof AppError && error.expected)) console.error(`[loupe] job ${kind} failed`, error);
          this.finish(
            record,
            cancelled
              ? { state: 'cancelled', message: record.cancelled }
              : { state: 'failed', error: serializeError(error), message: serializeError(error).message },
          );
        },
      );
    });
    return record.info;
  }

  list(): JobInfo[] {
    return [...this.jobs.values()].map((r) => r.info).reverse();
  }

  get(id: string): JobInfo {
    return this.record(id).info;
  }

  cancel(id: string): JobInfo {
    const record = this.record(id);
    if (record.info.state === 'running' || record.info.state === 'queued') {
      record.controller.abort();
      record.info = { ...record.info, message: 'Cancelling…' };
      this.emit(record, true);
    }
    return record.info;
  }

  cancelAll(): void {
    for (const record of this.jobs.values()) if (record.info.state === 'running') record.controller.abort();
  }

  private record(id: string): JobRecord {
    const record = this.jobs.get(id as JobId);
    if (!record) throw new AppError('JOB_NOT_FOUND', `There is no job with id "${id}".`);
    return record;
  }

  private finish(record: JobRecord, patch: Partial<JobInfo>): void {
    record.info = { ...record.info, ...patch, finishedAt: new Date().toISOString() };
    this.emit(record, true);
  }

  private emit(record: JobRecord, force: boolean): void {
    const now = Date.now();
    if (!force && now - record.lastEmit < EMIT_INTERVAL_MS) return;
    record.lastEmit = now;
    this.events.emit('onJobProgress', record.info);
  }

  private prune(): void {
    const finished = [...this.jobs.values()].filter((r) => r.info.finishedAt !== undefined);
    for (const r of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(r.info.id);
  }
}
