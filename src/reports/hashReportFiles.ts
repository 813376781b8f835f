import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the core's source is: its code is part of the fingerprint. (src/core, or dist/core when built.) */
export function coreSourceDir(): string {
	return fileURLToPath(new URL('../core/', import.meta.url));
}

/** Where the code that reads report files is (this folder): how a file becomes a report is part of the index too. */
function readerSourceDir(): string {
	return fileURLToPath(new URL('./', import.meta.url));
}

/**
 * A fingerprint of the reports folder (each file's name, size and modification time), of the core's source and of
 * the code that reads report files (a title taken from a headline changes what is indexed), so that a cached index is
 * used only for the same reports read and indexed by the same code. Cheap: no report is read.
 */
export function hashReportFiles(dir: string, coreDir = coreSourceDir(), readerDir = readerSourceDir()): string {
	const hash = createHash('sha256');
	for (const [kind, codeDir] of [
		['core', coreDir],
		['reader', readerDir],
	] as const) {
		for (const name of safeList(codeDir).filter((n) => n.endsWith('.ts') || n.endsWith('.js'))) {
			hash.update(`${kind}:${name}\0`);
			hash.update(readFileSync(join(codeDir, name)));
		}
	}
	for (const name of safeList(dir)) {
		try {
			const stat = statSync(join(dir, name));
			hash.update(`report:${name}\0${stat.size}\0${stat.mtimeMs}\0`);
		} catch {
			hash.update(`report:${name}\0gone\0`);
		}
	}
	return hash.digest('hex');
}

function safeList(dir: string): string[] {
	try {
		return readdirSync(dir).sort();
	} catch {
		return [];
	}
}
