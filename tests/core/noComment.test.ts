import { describe, expect, it } from 'vitest';
import { asksWhetherSaid, noComment, refusesComment, saidByOther } from '../../src/core/noComment.ts';
import { floodReport } from './floodReport.ts';

describe('noComment', () => {
	it('gives the clause that tells the one asked about did not answer', () => {
		expect(noComment('did calloway say anything', 'Calloway did not respond to requests for comment.')?.text).toBe(
			'Calloway did not respond to requests for comment',
		);
		const its = 'Its chief executive, Graham Pellow, did not respond to a request for comment.';
		expect(noComment('did the harbour trust boss say anything', its)?.text).toBe(
			'did not respond to a request for comment',
		);
		const prices = 'Its director did not respond to a request for comment on whether prices would rise.';
		expect(noComment('is the wine company putting prices up', prices)?.text).toContain('whether prices would rise');
	});

	it("gives nothing for another one's silence, or a question about something else", () => {
		const guild = "The Showmen's Guild did not respond to a request for comment.";
		expect(noComment('did the government respond', guild)).toBeUndefined();
		expect(
			noComment('is the company putting prices up', 'Its director did not respond to a request for comment.'),
		).toBe(undefined);
		expect(noComment('did calloway say anything', 'Calloway said the deal was fair.')).toBeUndefined();
	});

	it('tells a question whether someone spoke, and a sentence where someone would not', () => {
		expect(asksWhetherSaid('did the old ceo say anything')).toBe(true);
		expect(asksWhetherSaid('what did the ceo say')).toBe(false);
		expect(refusesComment('A spokesman declined to comment.')).toBe(true);
		expect(refusesComment('A spokesman said the firm would appeal.')).toBe(false);
	});

	it('lowers the fit of a sentence that reports nobody\'s words for "did X say anything"', () => {
		const { shortAnswer, context } = floodReport(
			'Sale\n\nThe family sold the firm in 2008 to Calloway Partners.\n\nCalloway did not respond to requests for comment.',
		);
		expect(shortAnswer('did calloway say anything about it', 'sold the firm').fit).toBe(context.options.unsaidFit);
		const silent = shortAnswer('did calloway say anything about it', 'did not respond');
		expect(silent.phrase.text).toBe('Calloway did not respond to requests for comment');
		expect(silent.matched).toBe(true);
	});

	it('tells another\'s words from the asked one\'s for "did X say anything"', () => {
		const harbour = 'The harbourmaster, Neil Ferrier, said a change to the ferry route might be needed.';
		expect(saidByOther('did the ferry company say anything', harbour, ['Neil Ferrier'])).toBe(true);
		expect(saidByOther('did the harbourmaster say anything', harbour, ['Neil Ferrier'])).toBe(false);
		expect(saidByOther('did ferrier comment', harbour, ['Neil Ferrier'])).toBe(false);
		expect(saidByOther('did she say why', harbour, ['Neil Ferrier'])).toBe(false);
		expect(saidByOther('did the ferry firm say sorry', '"I am sorry," he said.', ['Neil Ferrier'])).toBe(false);
	});

	it('lowers the fit of another\'s words for "did X say anything", so the silence asked of is answered', () => {
		const { shortAnswer, context } = floodReport(
			'Turbines\n\nThe harbourmaster, Neil Ferrier, said a larger array would need a change to the ferry route.\n\n' +
				'The ferry operator, Kessock Island Ferries, did not respond to a request for comment.',
		);
		expect(shortAnswer('did the ferry company say anything', 'larger array').fit).toBe(context.options.unsaidFit);
		expect(shortAnswer('did the harbourmaster say anything', 'larger array').fit).toBe(1);
		expect(shortAnswer('did the ferry company say anything', 'did not respond').phrase.text).toContain(
			'did not respond',
		);
	});
});
