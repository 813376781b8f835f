/** /reports end to end: the real discord.js client against the loopback stand-in, every body checked against the spec. */
import { describe } from 'vitest';
import { reportsTests } from './e2e/reports.ts';
import { reportsKillTests } from './e2e/reportsKill.ts';
import { SpecValidator } from './standIn/specValidator.ts';

const validator = new SpecValidator();

describe('Discord bot through the stand-in', () => {
	reportsTests(validator);
	reportsKillTests(validator);
});
