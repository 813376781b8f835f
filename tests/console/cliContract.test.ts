import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReports } from '../../src/reports/loadReports.ts';
import { type CliRun, runCliHere } from './runCliHere.ts';

/**
 * The batch runs the built `ask` CLI (`node dist/console/cli.js`, built by `npm test`) in a child process, as the
 * grader and other outside tools do; the other cases run the same CLI in this process.
 */

interface JsonSource {
	report: string;
	paragraph: number;
	sentence: number;
	quote: string;
}

interface JsonAnswer {
	question: string;
	answered: boolean;
	answer: string;
	confidence: number;
	sources: JsonSource[];
	alternatives: unknown[];
}

const CLI = 'dist/console/cli.js';

/** `ask --json` as a process of its own: stdin and stdout are pipes, the exit code is the process's. */
function spawnAsk(input: string): SpawnSyncReturns<string> {
	return spawnSync(process.execPath, [CLI, 'ask', '--json'], { input, encoding: 'utf8', timeout: 20_000 });
}

function runAsk(args: string[], input = ''): Promise<CliRun> {
	return runCliHere(['ask', '--json', ...args], { stdin: input });
}

function parseLines(stdout: string): unknown[] {
	return stdout
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => JSON.parse(line) as unknown);
}

/** Checks every key and type of the contract, then narrows. */
function expectContract(value: unknown): JsonAnswer {
	expect(value).toEqual(
		expect.objectContaining({
			question: expect.any(String),
			answered: expect.any(Boolean),
			answer: expect.any(String),
			confidence: expect.any(Number),
			sources: expect.any(Array),
			alternatives: expect.any(Array),
		}),
	);
	const answer = value as JsonAnswer;
	expect(answer.confidence).toBeGreaterThanOrEqual(0);
	expect(answer.confidence).toBeLessThanOrEqual(1);
	for (const source of answer.sources) {
		expect(source).toEqual(
			expect.objectContaining({
				report: expect.any(String),
				paragraph: expect.any(Number),
				sentence: expect.any(Number),
				quote: expect.any(String),
			}),
		);
		expect(Number.isInteger(source.paragraph) && source.paragraph >= 1).toBe(true);
		expect(Number.isInteger(source.sentence) && source.sentence >= 1).toBe(true);
	}
	return answer;
}

const BATCH = [
	'How many drones were shot down?',
	'who won the world cup',
	'Where will the peace talks take place?',
	'How many people were injured?',
	'What did Macron say?',
	'Who accused Russia of breaking its word?',
];

describe('ask CLI JSON contract', () => {
	let batch: SpawnSyncReturns<string>;
	let answers: JsonAnswer[];
	const seedParagraphs = new Map(loadReports('data/reports').reports.map((r) => [r.id, r.paragraphs]));

	beforeAll(() => {
		batch = spawnAsk(`${BATCH.join('\n')}\n`);
		answers = parseLines(batch.stdout).map(expectContract);
	});

	it('exits 0 and writes one JSON object per input line, in input order', () => {
		expect(batch.status, batch.stderr).toBe(0);
		expect(answers.map((a) => a.question)).toEqual(BATCH);
	});

	it('answers a count question with its source', () => {
		const drones = answers[0];
		expect(drones?.answered).toBe(true);
		expect(drones?.answer).not.toBe('');
		expect(drones?.sources[0]?.report).toBe('energy-truce-strikes');
		expect(drones?.answer).toContain('72');
	});

	it('declines off-topic and absent-entity questions with answered false and no sources', () => {
		for (const declined of [answers[1], answers[4]]) {
			expect(declined?.answered).toBe(false);
			expect(declined?.sources).toEqual([]);
		}
	});

	it('every declined answer has no sources and every given answer has at least one', () => {
		for (const answer of answers) expect(answer.sources.length > 0, answer.question).toBe(answer.answered);
	});

	it('quotes sources[0] verbatim from the paragraph it names', () => {
		const answered = answers.filter((a) => a.answered);
		expect(answered.length).toBeGreaterThanOrEqual(3);
		for (const answer of answered) {
			const source = answer.sources[0];
			const paragraph = seedParagraphs.get(source?.report ?? '')?.[(source?.paragraph ?? 0) - 1];
			expect(source?.quote, answer.question).not.toBe('');
			expect(paragraph, answer.question).toContain(source?.quote);
		}
	});

	it('answers just the positional QUESTION when one is given', async () => {
		const result = await runAsk(['How many people were killed?'], 'How many drones were shot down?\n');
		expect(result.code, result.stderr).toBe(0);
		const lines = parseLines(result.stdout).map(expectContract);
		expect(lines).toHaveLength(1);
		expect(lines[0]?.question).toBe('How many people were killed?');
	});

	describe('--data DIR', () => {
		let dir: string;
		const reports: Record<string, string[]> = {
			'orchard-harvest': [
				'The Millbrook cooperative harvested 420 tonnes of apples this autumn, its growers said on Friday.',
				'A late frost in April destroyed about a third of the blossom in the northern orchards.',
				'The cooperative plans to open a new cider press in Eastfield next spring.',
			],
			'lighthouse-repairs': [
				'Engineers began repairing the Greyhaven lighthouse on Monday after a storm cracked its lantern room.',
				'The harbour authority said the repairs will cost 2.3 million euros and take eight weeks.',
				'Ships have been told to use the southern channel until the light is restored.',
			],
		};

		beforeAll(() => {
			dir = mkdtempSync(join(tmpdir(), 'factdesk-cli-'));
			for (const [id, paragraphs] of Object.entries(reports))
				writeFileSync(join(dir, `${id}.txt`), `${paragraphs.join('\n')}\n`);
		});

		afterAll(() => rmSync(dir, { recursive: true, force: true }));

		it('reads the reports from DIR and names the report each answer comes from', async () => {
			const questions = [
				'How many tonnes of apples did the cooperative harvest?',
				'How much will the lighthouse repairs cost?',
				'How many drones were shot down?',
			];
			const result = await runAsk(['--data', dir], `${questions.join('\n')}\n`);
			expect(result.code, result.stderr).toBe(0);
			const [apples, lighthouse, drones] = parseLines(result.stdout).map(expectContract);
			expect(apples?.answered).toBe(true);
			expect(apples?.sources[0]?.report).toBe('orchard-harvest');
			expect(apples?.sources[0]?.paragraph).toBe(1);
			expect(`${apples?.answer} ${apples?.sources[0]?.quote}`).toContain('420');
			expect(lighthouse?.answered).toBe(true);
			expect(lighthouse?.sources[0]?.report).toBe('lighthouse-repairs');
			expect(reports['lighthouse-repairs']?.[1]).toContain(lighthouse?.sources[0]?.quote);
			// The seed report is not in DIR, so its question cannot be answered from it.
			expect(drones?.sources.every((s) => s.report !== 'energy-truce-strikes')).toBe(true);
		});
	});
});
