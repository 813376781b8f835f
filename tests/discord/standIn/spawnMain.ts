import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { SHUTDOWN_STEP_MS } from '../../../src/service/boundedStep.ts';
import type { FakeDiscord } from './FakeDiscord.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** `node dist/main.js` (build first: npm test does) logged in to a stand-in, and how to stop it. */
export interface SpawnedMain {
	child: ChildProcess;
	/** What it wrote to stderr so far (the logs). */
	stderr(): string;
	/**
	 * Resolves once stderr holds `text` `times` times (a log line arriving is the event); rejects if the process exits
	 * first or after `timeoutMs`, with the logs.
	 */
	logged(text: string, times?: number, timeoutMs?: number): Promise<void>;
	/** SIGTERM, then the exit code, null when a signal ended it (SIGKILL after `timeoutMs`). */
	stop(timeoutMs?: number): Promise<number | null>;
}

/**
 * Starts the bot as `npm start` would, on the test reports, logging to stderr at `LOG_LEVEL` (default warn), with
 * DISCORD_TOKEN and DISCORD_API_URL pointing at `discord` and `env` added (DATABASE_PATH, DATABASE_URL, SHARD_COUNT…);
 * `root` is the project to run (default this one).
 */
export function spawnMain(discord: FakeDiscord, env: Record<string, string>, root = ROOT): SpawnedMain {
	const child = spawn(process.execPath, ['dist/main.js'], {
		cwd: root,
		env: {
			PATH: process.env.PATH,
			DISCORD_TOKEN: 'process-token.stand-in',
			DISCORD_API_URL: discord.apiUrl,
			REPORTS_DIR: `${ROOT}tests/fixtures/discord-reports`,
			LOG_LEVEL: 'warn',
			// The first report's indexing holds the process's cold start, which a loaded CI machine took past the 2 s default.
			REPORT_INDEX_BUDGET_MS: '60000',
			...env,
		},
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	let stderr = '';
	child.stderr?.on('data', (chunk: Buffer) => {
		stderr += chunk.toString();
	});
	const logged = (text: string, times = 1, timeoutMs = 40_000) =>
		new Promise<void>((resolve, reject) => {
			const count = () => stderr.split(text).length - 1;
			const finish = (error?: Error) => {
				clearTimeout(timer);
				child.stderr?.off('data', check);
				child.off('exit', exited);
				if (error) reject(error);
				else resolve();
			};
			const check = () => {
				if (count() >= times) finish();
			};
			const exited = () => finish(new Error(`exited before logging "${text}" ${times} times:\n${stderr}`));
			const timer = setTimeout(
				() => finish(new Error(`"${text}" not logged ${times} times within ${timeoutMs} ms:\n${stderr}`)),
				timeoutMs,
			);
			child.stderr?.on('data', check);
			child.once('exit', exited);
			check();
			if (child.exitCode !== null) exited();
		});
	return {
		child,
		stderr: () => stderr,
		logged,
		// Past the bot's own bound on its shutdown (five steps of SHUTDOWN_STEP_MS each), so a slow close is not a kill.
		async stop(timeoutMs = 6 * SHUTDOWN_STEP_MS) {
			if (child.exitCode !== null) return child.exitCode;
			const exited = once(child, 'exit');
			const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
			child.kill('SIGTERM');
			const [code] = await exited;
			clearTimeout(timer);
			return code as number | null;
		},
	};
}
