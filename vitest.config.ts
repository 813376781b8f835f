import { defineConfig } from 'vitest/config';

/**
 * In-process tests (the core, the engine, the console, the reports, storage, and the Discord rendering and rules):
 * their files share workers and the modules those have loaded (isolate: false), which saves about a second of
 * start-up per file. Every other file, such as the tests that start the bot or main.ts, gets a fresh worker.
 */
const SHARED = [
	'tests/{core,engine,console,reports,scripts,service,storage}/**/*.test.ts',
	'tests/{config,logger,siblingModule}.test.ts',
	'tests/discord/{InteractionTracker,RateLimiter,channelRules,customIds,fitMessage,hostileInput,plainText}.test.ts',
	'tests/discord/{renderAnswer,renderFacts,specValidator,wording}.test.ts',
];

export default defineConfig({
	test: {
		testTimeout: 120_000,
		hookTimeout: 120_000,
		// Many files spend most of their time waiting (spawned bots, the stand-in's gateway, fault delays), so more
		// files run at once than there are cores; vitest's default (cores - 1) is one file at a time on two cores.
		maxWorkers: 4,
		projects: [
			{ extends: true, test: { name: 'shared', include: SHARED, isolate: false } },
			{ extends: true, test: { name: 'isolated', include: ['tests/**/*.test.ts'], exclude: SHARED } },
		],
		coverage: {
			provider: 'v8',
			enabled: true,
			reportOnFailure: true,
			include: ['src/core/**/*.ts', 'src/engine/**/*.ts'],
			// The worker thread's entry runs only inside a worker, where v8 coverage does not reach; its work is
			// serveEngine's, which is measured.
			exclude: ['src/engine/engineThread.ts'],
			reporter: [['text', { skipFull: true }], 'text-summary'],
			thresholds: { 'src/core/**/*.ts': { lines: 85 }, 'src/engine/**/*.ts': { lines: 85 } },
		},
	},
});
