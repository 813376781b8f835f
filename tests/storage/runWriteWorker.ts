import { type ChildProcess, spawn } from 'node:child_process';

/** A writeSettingsWorker.ts process and what it acknowledged. */
export interface WriteWorker {
	child: ChildProcess;
	exited: Promise<number | null>;
	/** Resolves at the first acknowledged write (or the exit). */
	firstAck: Promise<void>;
	/** The last write index acknowledged, -1 before any. */
	acked(): number;
}

/**
 * Spawns `node --import tsx tests/storage/writeSettingsWorker.ts target prefix count`: a process that opens the store
 * like a shard and writes `count` channel modes and unanswered questions to guild "guild".
 */
export function runWriteWorker(target: string, prefix: string, count: number): WriteWorker {
	const child = spawn(process.execPath, [
		'--import',
		'tsx',
		'tests/storage/writeSettingsWorker.ts',
		target,
		prefix,
		String(count),
	]);
	let acked = -1;
	let buffer = '';
	let onFirstAck = () => {};
	const firstAck = new Promise<void>((resolve) => {
		onFirstAck = resolve;
	});
	child.stdout.on('data', (chunk: Buffer) => {
		buffer += chunk.toString();
		for (const match of buffer.matchAll(/ack (\d+)\n/g)) acked = Number(match[1]);
		if (acked >= 0) onFirstAck();
	});
	const exited = new Promise<number | null>((resolve) =>
		child.on('exit', (code) => {
			onFirstAck();
			resolve(code);
		}),
	);
	return { child, exited, firstAck, acked: () => acked };
}
