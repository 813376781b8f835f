import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/** A throwaway PostgreSQL cluster on 127.0.0.1 with trust authentication, for tests. */
export interface PostgresServer {
	/** URL of a database created at start-up. */
	url: string;
	/** Creates another empty database and returns its URL. */
	createDatabase(): Promise<string>;
	/** Stops the server (fast shutdown), runs `whileDown`, then starts it again on the same port and data. */
	restart(whileDown?: () => Promise<void>): Promise<void>;
	/** Stops the server and deletes its folder. */
	stop(): Promise<void>;
}

const ROOT = '/usr/lib/postgresql';
const STEP_TIMEOUT_MS = 15_000;

/** The newest `/usr/lib/postgresql/<version>/bin` holding initdb and pg_ctl, or undefined when none is installed. */
export function postgresBinDir(root = ROOT): string | undefined {
	if (!existsSync(root)) return undefined;
	const version = readdirSync(root)
		.filter((v) => existsSync(join(root, v, 'bin', 'initdb')) && existsSync(join(root, v, 'bin', 'pg_ctl')))
		.sort((a, b) => Number(b) - Number(a))[0];
	return version ? join(root, version, 'bin') : undefined;
}

/**
 * For a test file: a started server, or undefined after a console warning when PostgreSQL is not installed or does
 * not start, so the file's PostgreSQL tests can be skipped. With FACTDESK_REQUIRE_POSTGRES=1 (set by .ci/run when the
 * binaries are installed) either case throws instead, failing the run.
 *
 * @example
 * const server = await startPostgresOrSkip();
 * describe.skipIf(!server)('PgSettingsStore', () => { … });
 */
export async function startPostgresOrSkip(
	root = ROOT,
	env: Record<string, string | undefined> = process.env,
): Promise<PostgresServer | undefined> {
	const required = env.FACTDESK_REQUIRE_POSTGRES === '1';
	const binDir = postgresBinDir(root);
	let problem: string;
	if (binDir) {
		try {
			return await startPostgres(binDir);
		} catch (error) {
			problem = `PostgreSQL in ${binDir} did not start: ${(error as Error).message}`;
		}
	} else {
		problem = `PostgreSQL is not installed (no ${root}/*/bin/initdb); install the Debian package postgresql`;
	}
	if (required) throw new Error(`${problem} (FACTDESK_REQUIRE_POSTGRES=1)`);
	console.warn(`WARNING: skipping the PostgreSQL storage tests. ${problem}`);
	return undefined;
}

/**
 * Starts a cluster in a new tmp folder on a free port: initdb, then pg_ctl start listening on 127.0.0.1 only, with a
 * socket in the folder. As root it runs them as the `postgres` user (PostgreSQL refuses root). Every step is bounded.
 *
 * @example
 * const server = await startPostgres(postgresBinDir() ?? '');
 * const store = await PgSettingsStore.open(await server.createDatabase());
 * await server.stop();
 */
export async function startPostgres(binDir: string): Promise<PostgresServer> {
	const dir = mkdtempSync(join(tmpdir(), 'factdesk-pg-'));
	const asRoot = process.getuid?.() === 0;
	const pg = (tool: string, args: string[]) => run(join(binDir, tool), args, dir, asRoot);
	const data = join(dir, 'data');
	try {
		if (asRoot) chownPostgres(dir);
		await pg('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
		const port = await freePort();
		const options = `-k ${dir} -h 127.0.0.1 -p ${port} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=32MB`;
		const start = () =>
			pg('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '10', '-o', options, 'start']);
		const stopServer = () => pg('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '10', 'stop']);
		await start();
		const base = `postgresql://postgres@127.0.0.1:${port}`;
		let databases = 0;
		const createDatabase = async () => {
			const name = `factdesk_test_${++databases}`;
			const client = new Client({ connectionString: `${base}/postgres`, connectionTimeoutMillis: 5000 });
			await client.connect();
			try {
				await client.query(`CREATE DATABASE ${name}`);
			} finally {
				await client.end();
			}
			return `${base}/${name}`;
		};
		const url = await createDatabase();
		return {
			url,
			createDatabase,
			restart: async (whileDown) => {
				await stopServer();
				try {
					await whileDown?.();
				} finally {
					await start();
				}
			},
			stop: async () => {
				await stopServer().catch(() => {});
				rmSync(dir, { recursive: true, force: true });
			},
		};
	} catch (error) {
		await pg('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']).catch(() => {});
		rmSync(dir, { recursive: true, force: true });
		throw error;
	}
}

function run(command: string, args: string[], cwd: string, asRoot: boolean): Promise<string> {
	const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
	return new Promise((resolve, reject) => {
		const child = spawn(file, argv as string[], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		const timer = setTimeout(() => child.kill('SIGKILL'), STEP_TIMEOUT_MS);
		child.on('error', (error) => {
			clearTimeout(timer);
			reject(error);
		});
		child.on('exit', (code, signal) => {
			clearTimeout(timer);
			if (code === 0) resolve(output);
			else reject(new Error(`${command} ${args.at(-1)} failed (${signal ?? `exit ${code}`}): ${output.trim()}`));
		});
	});
}

function chownPostgres(dir: string): void {
	const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
	chownSync(dir, id('-u'), id('-g'));
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
			);
		});
	});
}
