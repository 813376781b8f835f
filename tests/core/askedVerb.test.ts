import { describe, expect, it } from 'vitest';
import { askedVerb, isVerbForm, verbOnlyAsNoun } from '../../src/core/askedVerb.ts';
import { tokenize } from '../../src/core/tokenize.ts';
import { floodReport } from './floodReport.ts';

describe('askedVerb', () => {
	it('finds the verb a "what did X <verb>" question ends with', () => {
		expect(askedVerb('What did the council discuss?')).toBe('discuss');
		expect(askedVerb('what do the residents want')).toBe('want');
		expect(askedVerb('What did officials warn?')).toBe('warn');
		expect(askedVerb('What did the council say about the fund?')).toBeUndefined();
		expect(askedVerb('What is the council discussing?')).toBeUndefined();
	});

	it('finds the verb before a time or place the question adds ("at the party", "last week")', () => {
		expect(askedVerb('what did the boy eat at the party')).toBe('eat');
		expect(askedVerb('what did the council approve last week?')).toBe('approve');
		expect(askedVerb('What did the council say about the fund at the meeting?')).toBeUndefined();
	});
});

describe('isVerbForm and verbOnlyAsNoun', () => {
	it.each([
		['discuss', 'discussed', true],
		['discuss', 'discusses', true],
		['approve', 'approving', true],
		['stop', 'stopped', true],
		['discuss', 'discussions', false],
		['approve', 'approval', false],
		['send', 'sent', true],
		['buy', 'bought', true],
	] as const)('%s → %s: %s', (verb, word, expected) => {
		expect(isVerbForm(verb, word)).toBe(expected);
	});

	it('says a sentence uses the verb only as a noun', () => {
		const stem = tokenize('discuss')[0]?.stem ?? '';
		expect(verbOnlyAsNoun('discuss', tokenize('Critics questioned the discussions.'), stem)).toBe(true);
		expect(verbOnlyAsNoun('discuss', tokenize('The council discussed a fund.'), stem)).toBe(false);
		expect(verbOnlyAsNoun('discuss', tokenize('The council approved a fund.'), stem)).toBe(false);
	});
});

describe('chooseShortAnswer for "What did X <verb>?"', () => {
	const { context, shortAnswer } = floodReport();

	it('lowers the fit of a sentence naming the act, not what was done', () => {
		const question = 'What did the council and the army discuss?';
		expect(shortAnswer(question, 'condemned the discussions').fit).toBe(context.options.verbAsNounFit);
		expect(shortAnswer(question, 'council discussed an emergency fund').fit).toBe(1);
	});
});
