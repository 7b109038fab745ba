import type { Services } from '../core/services/createServices';

/** The part of the core a host needs: call a method, hear events. */
export type HostedServices = Pick<Services, 'invoke' | 'events'>;
