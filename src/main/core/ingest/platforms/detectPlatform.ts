import { delighted, generic, googleForms, microsoftForms, typeform } from './oneHeaderPlatforms';
import type { DetectedLayout, PlatformId, PlatformProfile } from './platformTypes';
import { qualtrics, qualtricsLegacy } from './qualtrics';
import { surveyMonkey } from './surveyMonkey';

/** Most specific first: the generic one-header table is the fallback. */
export const PLATFORMS: readonly PlatformProfile[] = [qualtrics, qualtricsLegacy, surveyMonkey, typeform, googleForms, microsoftForms, delighted, generic];

export function platformById(id: PlatformId): PlatformProfile {
  return PLATFORMS.find((p) => p.id === id) ?? generic;
}

/** Recognises which survey tool wrote the export from its first records (or uses the one the user chose). */
export function detectPlatform(head: readonly (readonly string[])[], forced?: PlatformId): { profile: PlatformProfile; layout: DetectedLayout } | undefined {
  const candidates = forced ? [platformById(forced)] : PLATFORMS;
  for (const profile of candidates) {
    const layout = profile.detect(head);
    if (layout) return { profile, layout };
  }
  return undefined;
}
