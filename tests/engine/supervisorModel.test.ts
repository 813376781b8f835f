import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { EngineSupervisor } from '../../src/engine/EngineSupervisor.ts';
import { loadRankerModel } from '../../src/engine/loadRankerModel.ts';
import { startEngineHere } from '../../src/engine/startEngineHere.ts';
import { loadReports } from '../../src/reports/loadReports.ts';

const work = mkdtempSync(join(tmpdir(), 'factdesk-model-library-'));
const reportsDir = join(work, 'reports');
mkdirSync(reportsDir);
copyFileSync('tests/fixtures/reports/energy-truce-strikes.txt', join(reportsDir, 'energy-truce-strikes.txt'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const QUESTIONS = ['How many drones were shot down?', 'Who is Trump?', 'When did the strikes happen?'];

describe('the engine behind the library answers with the model it is given', () => {
	const model = loadRankerModel().model;
	if (!model) throw new Error('the shipped model does not load');
	const { reports } = loadReports(reportsDir);
	const expected = QUESTIONS.map((q) => createFactdesk(reports, { model }).ask(q).confidence);
	const hand = QUESTIONS.map((q) => createFactdesk(reports).ask(q).confidence);

	test.each([
		['on its own thread', {}],
		['on this thread', { start: startEngineHere }],
	])('%s', async (_, how) => {
		expect(expected).not.toEqual(hand);
		const library = await EngineSupervisor.open(reportsDir, { cache: false, model, ...how });
		try {
			const got = await Promise.all(QUESTIONS.map(async (q) => (await library.factdesk.ask(q)).confidence));
			expect(got).toEqual(expected);
		} finally {
			await library.close();
		}
	});
});
