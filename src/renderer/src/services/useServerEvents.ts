import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { JobInfo, SampleCreated } from '../../../shared/model';
import { logOutput } from '../workbench/output/outputStore';
import { notify } from '../workbench/notifications/notificationStore';
import { reportError } from '../workbench/reportError';
import { useApi } from './ApiProvider';
import { isJobActive, queryKeys, refreshProjectData, setCurrentProject, upsertJob, useJobs } from './queries';

/** Keeps the query cache in step with the core's events. Mount once. */
export function useServerEvents(): void {
  const client = useApi();
  const queryClient = useQueryClient();
  useEffect(() => {
    const offProject = client.on('onProjectChanged', ({ project }) => setCurrentProject(queryClient, project));
    const offJob = client.on('onJobProgress', (job) => upsertJob(queryClient, job));
    return () => {
      offProject();
      offJob();
    };
  }, [client, queryClient]);
}

function announce(job: JobInfo): void {
  if (job.state === 'succeeded') {
    const project = (job.result as Partial<SampleCreated> | undefined)?.project;
    const message = project
      ? `Opened “${project.name}”: ${project.responseCount.toLocaleString()} responses, ${project.verbatimCount.toLocaleString()} verbatims.`
      : `Done: ${job.title}.`;
    logOutput(`${job.title}: done${job.message ? ` (${job.message})` : ''}`);
    notify({ severity: 'info', message, source: 'Jobs' });
  } else if (job.state === 'cancelled') {
    logOutput(`${job.title}: cancelled`, 'warn');
    notify({ severity: 'warning', message: `${job.title} was cancelled; the project is as it was before.`, source: 'Jobs' });
  } else if (job.state === 'failed') {
    reportError(job.error ?? new Error(job.message || 'The job failed'), job.title);
  }
}

/**
 * Watches jobs change state (through events or polling) and tells the user when one ends:
 * Output, a notification, and Problems for failures. Then refreshes what the job changed.
 */
export function useJobAnnouncements(): void {
  const jobs = useJobs().data;
  const queryClient = useQueryClient();
  const seen = useRef<Map<string, JobInfo['state']> | undefined>(undefined);
  const mountedAt = useRef(new Date().toISOString());
  useEffect(() => {
    if (!jobs) return;
    const first = seen.current === undefined;
    const states = (seen.current ??= new Map());
    let ended = false;
    for (const job of jobs) {
      const before = states.get(job.id);
      states.set(job.id, job.state);
      if (first || isJobActive(job) || before === job.state) continue;
      const wasActive = before === undefined ? (job.finishedAt ?? '') >= mountedAt.current : before === 'queued' || before === 'running';
      if (!wasActive) continue;
      ended = true;
      announce(job);
    }
    if (ended) {
      void queryClient.invalidateQueries({ queryKey: queryKeys.current });
      refreshProjectData(queryClient);
    }
  }, [jobs, queryClient]);
}
