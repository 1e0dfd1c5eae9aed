import type { components, paths } from './schema';

/** The work queue's query (GET /dossiers) and one of its lines, as the API declares them. */
export type QueueQuery = NonNullable<paths['/dossiers']['get']['parameters']['query']>;
export type QueueItem = paths['/dossiers']['get']['responses'][200]['content']['application/json']['items'][number];
export type Problem = components['schemas']['Problem'];
