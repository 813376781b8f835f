import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the core's source is: its code is part of the fingerprint. (src/core, or dist/core when built.) */
export function coreSourceDir(): string {
	return fileURLToPath(new URL('../core/', import.meta.url));
}

/**
 * A fingerprint of the reports folder (each file's name, size and modification time) and of the core's source,
 * so that a cached index is used only for the same reports indexed by the same code. Cheap: no report is read.
 */
export function hashReportFiles(dir: string, coreDir = coreSourceDir()): string {
	const hash = createHash('sha256');
	for (const name of safeList(coreDir).filter((n) => n.endsWith('.ts') || n.endsWith('.js'))) {
		hash.update(`core:${name}\0`);
		hash.update(readFileSync(join(coreDir, name)));
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
