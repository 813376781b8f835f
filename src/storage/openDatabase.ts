import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations.ts';
import { StorageError } from './StorageError.ts';
import { storageText } from './storageText.ts';

const SQLITE_HEADER = 'SQLite format 3\u0000';
const DAMAGED_CODES = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);

/**
 * Opens (creating the folder and file when missing) and migrates a settings database: WAL, a busy timeout so two
 * processes can write at once, and `synchronous = FULL` so a write that returned survives a crash.
 * A file that is not SQLite, or is damaged, is refused with a StorageError naming it and is never written to.
 *
 * @example
 * const db = openDatabase('data/factdesk.sqlite');
 */
export function openDatabase(path: string): Database.Database {
	const inMemory = path === ':memory:' || path === '';
	if (!inMemory) {
		try {
			mkdirSync(dirname(path), { recursive: true });
			if (existsSync(path) && statSync(path).isDirectory()) throw new Error(storageText.isFolder);
		} catch (error) {
			// A folder in its place, a parent that cannot be created or written: one readable line, not a stack trace.
			throw new StorageError(storageText.cannotOpen(path, (error as Error).message), { cause: error });
		}
		refuseIfNotSqlite(path);
	}
	let db: Database.Database;
	try {
		db = new Database(path);
	} catch (error) {
		throw new StorageError(storageText.cannotOpen(path, (error as Error).message), { cause: error });
	}
	try {
		db.pragma('busy_timeout = 5000');
		if (!inMemory) {
			const check = String(db.pragma('quick_check', { simple: true }));
			if (check !== 'ok') throw new StorageError(storageText.corrupt(path, check));
		}
		db.pragma('journal_mode = WAL');
		db.pragma('synchronous = FULL');
		migrate(db, path);
		return db;
	} catch (error) {
		db.close();
		if (error instanceof StorageError) throw error;
		const code = (error as { code?: string }).code ?? '';
		const detail = (error as Error).message;
		if (code === 'SQLITE_NOTADB') throw new StorageError(storageText.notSqlite(path), { cause: error });
		if (DAMAGED_CODES.has(code)) throw new StorageError(storageText.corrupt(path, detail), { cause: error });
		throw new StorageError(storageText.cannotOpen(path, detail), { cause: error });
	}
}

function refuseIfNotSqlite(path: string): void {
	if (!existsSync(path) || statSync(path).size === 0) return;
	const header = Buffer.alloc(SQLITE_HEADER.length);
	const fd = openSync(path, 'r');
	try {
		readSync(fd, header, 0, header.length, 0);
	} finally {
		closeSync(fd);
	}
	if (header.toString('latin1') !== SQLITE_HEADER) throw new StorageError(storageText.notSqlite(path));
}
