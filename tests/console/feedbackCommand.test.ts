import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, test } from 'vitest';
import { feedbackCommand } from '../../src/console/feedbackCommand.ts';
import { SqliteSettingsStore } from '../../src/storage/SqliteSettingsStore.ts';

const dir = mkdtempSync(join(tmpdir(), 'factdesk-feedback-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]): Promise<string> {
	const stdout = new PassThrough();
	let text = '';
	stdout.on('data', (chunk: Buffer) => {
		text += chunk.toString();
	});
	await feedbackCommand(args, { stdout, env: {} });
	return text;
}

describe('feedback export', () => {
	test('answers voted wrong come out as JSON lines in the ask --json shape, with their votes', async () => {
		const database = join(dir, 'bot.sqlite');
		const store = new SqliteSettingsStore(database);
		const source = { report: 'truce', paragraph: 5, sentence: 3, quote: 'They shot down 72 drones.' };
		store.recordAnswer('1', {
			answerId: 'a',
			question: 'How many drones?',
			answered: true,
			answer: '72 drones',
			confidence: 0.7,
			source,
		});
		store.recordAnswer('1', {
			answerId: 'b',
			question: 'Fine one?',
			answered: true,
			answer: 'x',
			confidence: 0.9,
			source,
		});
		store.vote('1', 'a', 'alice', 'down');
		store.vote('1', 'a', 'bob', 'down');
		store.vote('1', 'b', 'bob', 'up');
		store.close();
		const lines = (await run(['--database', database])).trim().split('\n');
		expect(lines.map((line) => JSON.parse(line))).toEqual([
			{
				question: 'How many drones?',
				answered: true,
				answer: '72 drones',
				confidence: 0.7,
				sources: [source],
				alternatives: [],
				conflicts: [],
				votes: { up: 0, down: 2 },
			},
		]);
		expect(await run(['--database', database, '--guild', '2'])).toBe('');
	});

	test('a bad --limit is refused with the usage', async () => {
		await expect(run(['--limit', 'zero'])).rejects.toThrow(
			/--limit must be a whole number[\s\S]*usage: npm run --silent feedback/,
		);
	});
});
