import { describe, expect, test } from 'vitest';
import { completeChatLine } from '../../src/console/completeChatLine.ts';

const ids = ['energy-truce-strikes', 'harbour-strike'];

describe('completeChatLine', () => {
	test('completes command names after "/", and nothing in a question', () => {
		expect(completeChatLine('/fa', ids)).toEqual([['/facts'], '/fa']);
		expect(completeChatLine('/', ids)[0]).toEqual([
			'/ask',
			'/summary',
			'/facts',
			'/source',
			'/reports',
			'/help',
			'/quit',
			'/exit',
		]);
		expect(completeChatLine('how many', ids)).toEqual([[], 'many']);
	});

	test('completes what a command takes next: lengths and report ids, fact kinds, a report after a paragraph', () => {
		expect(completeChatLine('/summary s', ids)).toEqual([['short'], 's']);
		expect(completeChatLine('/summary h', ids)).toEqual([['harbour-strike'], 'h']);
		expect(completeChatLine('/summary long e', ids)).toEqual([['energy-truce-strikes'], 'e']);
		expect(completeChatLine('/facts ca', ids)).toEqual([['casualty'], 'ca']);
		expect(completeChatLine('/source 3 en', ids)).toEqual([['energy-truce-strikes'], 'en']);
		expect(completeChatLine('/source en', ids)).toEqual([[], 'en']);
	});
});
