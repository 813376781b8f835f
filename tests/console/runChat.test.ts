import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleText } from '../../src/console/consoleText.ts';
import { runChat } from '../../src/console/runChat.ts';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import type { Factdesk } from '../../src/core/Factdesk.ts';
import { messages } from '../../src/core/messages.ts';
import { toAsyncFactdesk } from '../../src/engine/AsyncFactdesk.ts';
import { loadReports } from '../../src/reports/loadReports.ts';

let desk: Factdesk;
beforeAll(() => {
	desk = createFactdesk(loadReports('data/reports').reports);
});

async function chat(lines: string[], factdesk: Factdesk = desk, onError?: (error: unknown) => void): Promise<string> {
	const input = new PassThrough();
	const output = new PassThrough();
	let text = '';
	output.on('data', (chunk: Buffer) => {
		text += chunk.toString();
	});
	const done = runChat({ factdesk: toAsyncFactdesk(factdesk), input, output, ...(onError ? { onError } : {}) });
	input.end(lines.map((line) => `${line}\n`).join(''));
	await done;
	return text;
}

describe('runChat', () => {
	it('GIVEN a follow-up right after a question THEN it is read with that question as context and says so', async () => {
		const out = await chat(['How many drones were shot down?', 'and how many were launched?', 'Who is Donald Trump?']);
		const [, second = '', third = ''] = out.split('\n\n');
		expect(second).toContain(
			'(following up on "How many drones were shot down?": read as "how many drones were launched?")',
		);
		expect(second).toMatch(/14[05] drones|150 drones/);
		expect(third).not.toContain('following up');
	});

	it('GIVEN /quit or /exit THEN the chat ends there and later lines are not answered', async () => {
		for (const quit of ['/quit', '/exit']) {
			const out = await chat(['How many drones were shot down?', quit, 'Who is Donald Trump?']);
			expect(out).toContain('72 drones');
			expect(out).not.toContain('US President');
			expect(out).not.toContain('There is no');
		}
	});

	it('GIVEN a question THEN the answer is printed with its quoted sentence, report title, paragraph and sentence', async () => {
		const out = await chat(['How many drones were shot down?']);
		expect(out).toContain('72 drones');
		expect(out).toMatch(/“[^”]*72 drones[^”]*”/);
		expect(out).toMatch(/Energy truce strikes, paragraph 5, sentence \d/);
	});

	it('GIVEN a question the report leaves open THEN it says the report does not say and names closest topics', async () => {
		const out = await chat(['How many tanks did Russia lose?']);
		expect(out).toContain(consoleText.notInReport);
		expect(out).toMatch(/It does cover: \S/);
		expect(out).not.toContain('“');
	});

	it('GIVEN /summary short THEN three quoted sentences are printed each with its paragraph', async () => {
		const out = await chat(['/summary short']);
		expect(out).toContain(consoleText.chat.summaryHeading('Energy truce strikes', 'short'));
		expect(out.match(/^\d\. “/gm)).toHaveLength(3);
		expect(out.match(/\(Energy truce strikes, paragraph \d+, sentence \d+\)/g)).toHaveLength(3);
	});

	it('GIVEN /summary with a topic THEN the heading names the topic', async () => {
		const out = await chat(['/summary medium casualties']);
		expect(out).toContain('medium summary about "casualties"');
	});

	it('GIVEN /facts people THEN only person facts are listed, each cited', async () => {
		const out = await chat(['/facts people']);
		const lines = out.split('\n').filter((line) => line.startsWith('- '));
		expect(lines.length).toBeGreaterThan(0);
		for (const line of lines)
			expect(line).toMatch(/^- \[person\] .+ \(Energy truce strikes, paragraph \d+, sentence \d+\)$/);
		expect(out).toContain('Zelensky');
	});

	it('GIVEN /facts with a kind and words THEN the list is narrowed to facts about them', async () => {
		const out = await chat(['/facts count drones']);
		expect(out).toContain('72 drones');
		expect(out).not.toContain('[person]');
	});

	it('GIVEN /facts with no arguments THEN at most 20 are listed and the rest counted', async () => {
		const all = desk.facts().length;
		const out = await chat(['/facts']);
		expect(out.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(Math.min(all, 20));
		if (all > 20) expect(out).toContain(consoleText.chat.factsMore(all - 20));
	});

	it('GIVEN /source 2 THEN paragraph 2 is printed word for word', async () => {
		const out = await chat(['/source 2']);
		expect(out).toContain(`Energy truce strikes, paragraph 2:\n${desk.paragraph(2).text}`);
	});

	it.each([
		['/source', consoleText.chat.sourceUsage],
		['/source two', consoleText.chat.sourceUsage],
		['/source 99', 'there is no paragraph 99'],
		['/source 1 no-such-report', messages.unknownReport('no-such-report')],
		['/nope', consoleText.chat.unknownCommand('nope')],
	])('GIVEN %s THEN a clear message is printed', async (line, expected) => {
		expect(await chat([line])).toContain(expected);
	});

	it('GIVEN /reports and /help THEN the report list and the commands are printed', async () => {
		const out = await chat(['/reports', '/HELP']);
		expect(out).toContain('energy-truce-strikes: Energy truce strikes (');
		expect(out).toContain(consoleText.chat.help);
	});

	it('GIVEN several lines and blank ones THEN each non-blank line gets one reply, in order', async () => {
		const out = await chat(['/help', '', '   ', '/reports']);
		expect(out.indexOf(consoleText.chat.help)).toBeLessThan(out.indexOf('energy-truce-strikes:'));
		expect(out.split('\n\n').filter(Boolean)).toHaveLength(2);
	});

	it('GIVEN the input ends THEN runChat resolves without output of its own', async () => {
		expect(await chat([])).toBe('');
	});

	it('GIVEN a bug inside the core THEN the user sees the apology, the error is reported, and the chat goes on', async () => {
		const errors: unknown[] = [];
		const broken: Factdesk = {
			...desk,
			reports: () => desk.reports(),
			ask: () => {
				throw new Error('index exploded');
			},
		};
		const out = await chat(['why?', '/reports'], broken, (error) => errors.push(error));
		expect(out).toContain(consoleText.apology);
		expect(out).not.toContain('index exploded');
		expect(out).toContain('energy-truce-strikes:');
		expect(errors).toEqual([expect.objectContaining({ message: 'index exploded' })]);
	});
});

describe('runChat over several reports', () => {
	let dir: string;
	let several: Factdesk;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'factdesk-chat-'));
		writeFileSync(
			join(dir, 'harbour.md'),
			'# Harbour fire\n\nFirefighters said 40 boats burned in Gdansk on Monday.\n',
		);
		writeFileSync(
			join(dir, 'storm.txt'),
			'A storm flooded 300 homes in Porto.\nThe mayor said repairs will take a month.\n',
		);
		several = createFactdesk(loadReports(dir).reports);
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('GIVEN questions about different reports THEN each answer names the report it comes from', async () => {
		const out = await chat(['How many boats burned?', '/ask How many homes were flooded?'], several);
		expect(out).toMatch(/40 boats[\s\S]*Harbour fire, paragraph 1, sentence 1/);
		expect(out).toMatch(/300 homes[\s\S]*Storm, paragraph 1, sentence 1/);
	});

	it("GIVEN /source N report THEN that report's paragraph is printed", async () => {
		const out = await chat(['/source 2 storm'], several);
		expect(out).toContain('Storm, paragraph 2:\nThe mayor said repairs will take a month.');
	});

	it('GIVEN /summary with a report id THEN the summary is of that report', async () => {
		const out = await chat(['/summary short storm'], several);
		expect(out).toContain(consoleText.chat.summaryHeading('Storm', 'short'));
		expect(out).not.toContain('Harbour');
	});
});

describe('runChat with arbitrary input', () => {
	it('GIVEN 300 random lines (commands, unicode, long walls) THEN every line gets a reply and none is an apology', async () => {
		const line = fc.oneof(
			fc.string({ unit: 'grapheme', maxLength: 200 }),
			fc.string({ maxLength: 3000 }),
			fc
				.constantFrom('/summary', '/facts', '/source', '/reports', '/help', '/ask', '/x')
				.chain((command) => fc.string({ maxLength: 40 }).map((args) => `${command} ${args}`)),
		);
		const lines = fc
			.sample(fc.array(line, { minLength: 300, maxLength: 300 }), { numRuns: 1, seed: 42 })[0]
			?.map((l) => l.replace(/[\r\n\u2028\u2029]/g, ' '));
		const errors: unknown[] = [];
		const out = await chat(lines ?? [], desk, (error) => errors.push(error));
		expect(errors).toEqual([]);
		expect(out).not.toContain(consoleText.apology);
		const asked = (lines ?? []).filter((l) => l.trim() !== '' && l.trim() !== '/ask').length;
		expect(out.split('\n\n').filter((reply) => reply.trim() !== '').length).toBeGreaterThanOrEqual(asked);
	});

	it('strips ANSI escape codes and control characters of report text from what it prints', async () => {
		const hostile = createFactdesk([
			{
				id: 'ansi',
				title: 'Ansi\u001b]0;pwned\u0007',
				paragraphs: ['Firefighters said 40 boats\u001b[2J\u001b[31m burned on Monday.'],
			},
		]);
		const out = await chat(['How many boats burned?', '/source 1'], hostile);
		expect(out).toContain('40 boats');
		// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is matched here
		expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
	});
});
