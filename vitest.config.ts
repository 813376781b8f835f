import { defineConfig } from 'vitest/config';

/** Tests of the bot's processes, the gateway and the databases: each file in a fresh worker (module state, env). */
const ISOLATED = ['tests/discord/**/*.test.ts', 'tests/storage/**/*.test.ts', 'tests/main.test.ts'];

export default defineConfig({
	test: {
		testTimeout: 30_000,
		hookTimeout: 30_000,
		// Many files spend most of their time waiting (spawned bots, the stand-in's gateway, fault delays), so more
		// files run at once than there are cores; vitest's default (cores - 1) is one file at a time on two cores.
		maxWorkers: 4,
		projects: [
			{
				extends: true,
				test: { name: 'isolated', include: ISOLATED },
			},
			{
				// In-process tests of the core, the console, the reports and the rest share their workers' loaded
				// modules (about a second of start-up per file otherwise).
				extends: true,
				test: { name: 'shared', include: ['tests/**/*.test.ts'], exclude: ISOLATED, isolate: false },
			},
		],
		coverage: {
			provider: 'v8',
			enabled: true,
			reportOnFailure: true,
			include: ['src/core/**/*.ts', 'src/engine/**/*.ts'],
			reporter: [['text', { skipFull: true }], 'text-summary'],
			thresholds: { 'src/core/**/*.ts': { lines: 85 }, 'src/engine/**/*.ts': { lines: 85 } },
		},
	},
});
