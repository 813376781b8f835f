/**
 * The Discord bot with its settings in PostgreSQL (DATABASE_URL), end to end through the stand-in: in process
 * (startTestBot on a database URL) and as `node src/main.ts` with DATABASE_URL set. Skipped with a warning when
 * PostgreSQL is not installed, unless FACTDESK_REQUIRE_POSTGRES=1.
 */
import { afterAll, describe } from 'vitest';
import { startPostgresOrSkip } from '../storage/startPostgres.ts';
import { mainRestartTests } from './e2e/mainRestart.ts';
import { restartTests } from './e2e/restart.ts';
import { SpecValidator } from './standIn/specValidator.ts';

const validator = new SpecValidator();
const postgres = await startPostgresOrSkip();
afterAll(async () => {
	await postgres?.stop();
});

describe.skipIf(!postgres)('Discord bot on PostgreSQL', () => {
	const database = async () => {
		if (!postgres) throw new Error('PostgreSQL is not running');
		return { databaseUrl: await postgres.createDatabase() };
	};
	restartTests(validator, { name: 'PostgreSQL', database });
	mainRestartTests(validator, { name: 'PostgreSQL', database });
});
