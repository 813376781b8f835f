import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { FakeDiscord } from './FakeDiscord.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** `node dist/main.js` (build first: npm test does) logged in to a stand-in, and how to stop it. */
export interface SpawnedMain {
	child: ChildProcess;
	/** What it wrote to stderr so far (the logs). */
	stderr(): string;
	/** SIGTERM, then the exit code (SIGKILL after `timeoutMs`). */
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
			...env,
		},
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	let stderr = '';
	child.stderr?.on('data', (chunk: Buffer) => {
		stderr += chunk.toString();
	});
	return {
		child,
		stderr: () => stderr,
		async stop(timeoutMs = 15_000) {
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
