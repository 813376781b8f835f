import type { EngineWorker } from './EngineWorker.ts';

/** What the supervisor needs of an engine: EngineWorker, or a stand-in in tests. */
export type Engine = Pick<EngineWorker, 'factdesk' | 'reports' | 'errors' | 'fromCache' | 'close'> &
	Partial<Pick<EngineWorker, 'alive' | 'cacheError' | 'queueLength'>>;
