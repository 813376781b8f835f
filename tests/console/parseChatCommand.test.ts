import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChatCommand, toFactKind } from '../../src/console/parseChatCommand.ts';

describe('parseChatCommand', () => {
	it.each([
		['  how many drones?  ', { name: 'ask', question: 'how many drones?' }],
		['', { name: 'empty' }],
		['/summary', { name: 'summary' }],
		['/summary LONG', { name: 'summary', length: 'long' }],
		['/summary short peace talks', { name: 'summary', length: 'short', topic: 'peace talks' }],
		['/summary diplomacy', { name: 'summary', topic: 'diplomacy' }],
		['/facts', { name: 'facts' }],
		['/facts people Zelensky', { name: 'facts', kind: 'person', about: 'Zelensky' }],
		['/facts drones', { name: 'facts', about: 'drones' }],
		['/source 3', { name: 'source', paragraph: 3 }],
		['/source 3 strikes', { name: 'source', paragraph: 3, report: 'strikes' }],
		['/source 0', { name: 'source-usage' }],
		['/source -1', { name: 'source-usage' }],
		['/Reports', { name: 'reports' }],
		['/reports add https://news.example/a b', { name: 'reports-add', target: 'https://news.example/a b' }],
		['/reports add', { name: 'reports' }],
		['/help me', { name: 'help' }],
		['/config', { name: 'unknown', command: 'config' }],
	])('GIVEN %j THEN it reads as %j', (line, expected) => {
		expect(parseChatCommand(line)).toEqual(expected);
	});
});

describe('toFactKind', () => {
	it.each([
		['count', 'count'],
		['Organizations', 'organisation'],
		['casualties', 'casualty'],
		['constructor', undefined],
		['__proto__', undefined],
		[undefined, undefined],
	])('GIVEN %s THEN %s', (word, kind) => {
		expect(toFactKind(word)).toBe(kind);
	});
});

describe('parseChatCommand on any string', () => {
	it('GIVEN any line THEN it never throws and a slash command never reads as a question', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (line) => {
				const command = parseChatCommand(line);
				if (line.trim().startsWith('/')) expect(command.name).not.toBe('ask');
				if (command.name === 'source') expect(command.paragraph).toBeGreaterThanOrEqual(1);
			}),
			{ numRuns: 2000, seed: 20261130 },
		);
	});
});
