import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A writeSettingsWorker.ts process and what it acknowledged. */
export interface WriteWorker {
	child: ChildProcess;
	exited: Promise<number | null>;
	/** Resolves at the first acknowledged write (or the exit). */
	firstAck: Promise<void>;
	/** Resolves once write `index` is acknowledged (or at the exit, whichever comes first). */
	ackOf(index: number): Promise<void>;
	/** The last write index acknowledged, -1 before any. */
	acked(): number;
}

let script: string | undefined;

/**
 * writeSettingsWorker.ts and the sources it imports, bundled by esbuild into one ES module under .cache/tests/
 * (packages stay imports, resolved from the project's node_modules), so that each process starts in plain node in a
 * tenth of a second instead of loading tsx. Named by its content, so parallel test files share it safely.
 */
function workerScript(): string {
	if (script) return script;
	const [output] = buildSync({
		entryPoints: [join(ROOT, 'tests/storage/writeSettingsWorker.ts')],
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		packages: 'external',
		write: false,
	}).outputFiles;
	if (!output) throw new Error('esbuild wrote no bundle for writeSettingsWorker.ts');
	const hash = createHash('sha256').update(output.contents).digest('hex').slice(0, 16);
	const dir = join(ROOT, '.cache', 'tests');
	const file = join(dir, `writeSettingsWorker-${hash}.mjs`);
	if (!existsSync(file)) {
		mkdirSync(dir, { recursive: true });
		const temporary = `${file}.${process.pid}.tmp`;
		writeFileSync(temporary, output.contents);
		renameSync(temporary, file);
	}
	script = file;
	return file;
}

/**
 * Spawns writeSettingsWorker.ts (bundled) with `target prefix count`: a process that opens the store like a shard
 * and writes `count` channel modes and unanswered questions to guild "guild", printing "ack N" after each.
 */
export function runWriteWorker(target: string, prefix: string, count: number): WriteWorker {
	const child = spawn(process.execPath, [workerScript(), target, prefix, String(count)]);
	let acked = -1;
	let ended = false;
	let buffer = '';
	const waiting = new Set<{ index: number; wake: () => void }>();
	const wakeUp = () => {
		for (const waiter of waiting)
			if (ended || acked >= waiter.index) {
				waiting.delete(waiter);
				waiter.wake();
			}
	};
	child.stdout.on('data', (chunk: Buffer) => {
		buffer += chunk.toString();
		const lines = buffer.split('\n');
		buffer = lines.pop() ?? '';
		for (const line of lines) {
			const match = /^ack (\d+)$/.exec(line);
			if (match) acked = Number(match[1]);
		}
		wakeUp();
	});
	// 'close', not 'exit': every ack the process wrote before it ended has been read by then.
	const exited = new Promise<number | null>((resolve) =>
		child.on('close', (code) => {
			ended = true;
			wakeUp();
			resolve(code);
		}),
	);
	const ackOf = (index: number) =>
		new Promise<void>((wake) => {
			waiting.add({ index, wake });
			wakeUp();
		});
	return { child, exited, firstAck: ackOf(0), ackOf, acked: () => acked };
}
