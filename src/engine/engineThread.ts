/**
 * Engine thread entry (see EngineWorker): serves the engine on the worker's port; a load that fails is posted as
 * `failed`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { EngineReply, EngineRequest } from './engineProtocol.ts';
import { serveEngine } from './serveEngine.ts';

if (parentPort) {
	const port = parentPort;
	try {
		serveEngine(port, workerData as EngineRequest);
	} catch (error) {
		port.postMessage({ type: 'failed', message: (error as Error).message } satisfies EngineReply);
	}
}
