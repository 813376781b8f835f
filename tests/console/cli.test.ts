import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fact, Summary } from '../../src/core/types.ts';
import { loadReports } from '../../src/reports/loadReports.ts';
import { runCliHere } from './runCliHere.ts';

// The CLI runs in this process (runCli with its own streams); cliContract.test.ts runs the built binary once.
const cli = (...args: string[]) => runCliHere(args);

const seed = loadReports('data/reports').reports;
const paragraphText = (report: string, paragraph: number) =>
	seed.find((r) => r.id === report)?.paragraphs[paragraph - 1] ?? '';

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'factdesk-cli-'));
	writeFileSync(join(dir, 'harbour.md'), '# Harbour fire\n\nFirefighters said 40 boats burned in Gdansk on Monday.\n');
	writeFileSync(join(dir, 'broken.txt'), Buffer.from([0, 1, 2, 3]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cli --help', () => {
	it('GIVEN --help after any command, or alone THEN its usage is printed and it exits 0', async () => {
		const names = ['ask', 'summary', 'facts', 'feedback', 'reports'];
		const runs = await Promise.all(names.map((command) => cli(command, '--help')));
		for (const [i, command] of names.entries()) {
			expect(runs[i]?.code, command).toBe(0);
			expect(runs[i]?.stdout, command).toMatch(new RegExp(`^usage: npm run --silent ${command} -- `));
			expect(runs[i]?.stderr, command).toBe('');
		}
		const alone = await cli('--help');
		expect(alone.code).toBe(0);
		expect(alone.stdout).toContain('usage: cli.ts <ask|summary|facts|feedback|reports>');
		const unknown = await cli('nope');
		expect(unknown.code).toBe(2);
		expect(unknown.stderr).toContain('usage: cli.ts <ask|summary|facts|feedback|reports>');
		expect(unknown.stdout).toBe('');
	});
});

describe('cli summary', () => {
	it('GIVEN --length short --json THEN one JSON line holds three sentences quoted verbatim from their paragraphs', async () => {
		const run = await cli('summary', '--length', 'short', '--json');
		expect(run.code).toBe(0);
		const lines = run.stdout.trim().split('\n');
		expect(lines).toHaveLength(1);
		const summary = JSON.parse(lines[0] ?? '') as Summary;
		expect(summary).toMatchObject({ report: 'energy-truce-strikes', title: 'Energy truce strikes', length: 'short' });
		expect(summary.sentences).toHaveLength(3);
		for (const s of summary.sentences) expect(paragraphText(s.report, s.paragraph)).toContain(s.quote);
	});

	it('GIVEN --topic THEN the JSON names the topic and the text heading too', async () => {
		const [json, text] = await Promise.all([
			cli('summary', '--topic', 'casualties', '--json'),
			cli('summary', '--topic', 'casualties', '--length', 'medium'),
		]);
		expect((JSON.parse(json.stdout) as Summary).topic).toBe('casualties');
		expect(text.stdout).toMatch(/^Energy truce strikes: medium summary about "casualties"\n1\. “/);
		expect(text.stdout).toMatch(/\(Energy truce strikes, paragraph \d+, sentence \d+\)/);
	});

	it.each([
		[['--length', 'huge'], /--length must be short, medium or long, not "huge"/],
		[['--bogus'], /Unknown option '--bogus'/],
		[['stray'], /Unexpected argument "stray"/],
		[['--report', 'nope'], /There is no report called "nope"/],
	])('GIVEN %j THEN a readable message goes to stderr and the exit code is 2', async (args, message) => {
		const run = await cli('summary', ...args);
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(message);
		expect(run.stdout).toBe('');
	});
});

describe('cli facts', () => {
	it('GIVEN --kind count --json THEN one JSON fact per line, each of that kind with its source sentence', async () => {
		const run = await cli('facts', '--kind', 'count', '--json');
		expect(run.code).toBe(0);
		const facts = run.stdout
			.trim()
			.split('\n')
			.map((line) => JSON.parse(line) as Fact);
		expect(facts.length).toBeGreaterThan(0);
		for (const fact of facts) {
			expect(fact.kind).toBe('count');
			expect(paragraphText(fact.source.report, fact.source.paragraph)).toContain(fact.source.quote);
		}
		expect(facts.map((f) => f.text)).toContain('72 drones shot down');
	});

	it('GIVEN no options THEN text lines say kind, fact and citation', async () => {
		const run = await cli('facts');
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/^\d+ facts:\n/);
		expect(run.stdout).toMatch(
			/^- \[person\] Volodymyr Zelensky \(Energy truce strikes, paragraph \d+, sentence \d+\)$/m,
		);
	});

	it('GIVEN --data DIR with a bad file THEN facts come from that folder and stderr names the bad file', async () => {
		const run = await cli('facts', '--data', dir, '--kind', 'place', '--json');
		expect(run.code).toBe(0);
		expect(run.stderr).toContain('broken.txt');
		const facts = run.stdout
			.trim()
			.split('\n')
			.map((line) => JSON.parse(line) as Fact);
		expect(facts.every((f) => f.source.report === 'harbour')).toBe(true);
	});

	it.each([
		[['--kind', 'rumour'], /--kind must be one of count, casualty/],
		[['--kind'], /argument missing/],
		[['--json', 'extra'], /Unexpected argument "extra"/],
	])('GIVEN %j THEN a readable message goes to stderr and the exit code is 2', async (args, message) => {
		const run = await cli('facts', ...args);
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(message);
		expect(run.stdout).toBe('');
	});
});

describe('cli with a bad --data or hostile report text', () => {
	it.each([
		['a missing folder', () => join(dir, 'missing')],
		['a file', () => join(dir, 'harbour.md')],
		['/dev/null', () => '/dev/null'],
	])('GIVEN --data naming %s THEN it exits 2 saying the folder cannot be used', async (_what, data) => {
		const run = await cli('ask', '--data', data(), 'How many boats burned?');
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toMatch(/The reports folder ".*" cannot be used: the folder cannot be read/);
	});

	it('GIVEN report text with ANSI escape codes THEN the text answer prints none of them; JSON keeps them escaped', async () => {
		const hostile = mkdtempSync(join(tmpdir(), 'factdesk-ansi-'));
		try {
			const text = 'Firefighters said 40 boats burned\u001b[2J\u001b]0;pwned\u0007 in Gdansk\u001b[31m on Monday.\n';
			writeFileSync(join(hostile, 'ansi.txt'), text);
			const [plain, json] = await Promise.all([
				cli('ask', '--data', hostile, 'How many boats burned?'),
				cli('ask', '--json', '--data', hostile, 'How many boats burned?'),
			]);
			expect(plain.code).toBe(0);
			expect(plain.stdout).toContain('40 boats');
			// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is matched here
			expect(plain.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
			expect(json.stdout).toContain('\\u001b[2J');
		} finally {
			rmSync(hostile, { recursive: true, force: true });
		}
	});
});
