import { describe, expect, it } from 'vitest';
import { askedClause, otherClauseDate } from '../../src/core/otherClauseDate.ts';
import { stem, tokenize } from '../../src/core/tokenize.ts';
import { floodReport } from './floodReport.ts';

const SENTENCE =
	'Schools in the three provinces will remain closed until at least Wednesday, and train services on the coastal line were suspended.';

function at(words: string) {
	const start = SENTENCE.indexOf(words);
	return { text: words, start, end: start + words.length, typed: true };
}

describe('otherClauseDate', () => {
	it('finds a date in a clause of other things than the question asks of', () => {
		const asked = new Set(['coastal', 'train', 'line', 'reopen'].map(stem));
		expect(otherClauseDate(asked, SENTENCE, tokenize(SENTENCE), at('Wednesday'))).toBe(true);
		const schools = new Set(['schools', 'reopen'].map(stem));
		expect(otherClauseDate(schools, SENTENCE, tokenize(SENTENCE), at('Wednesday'))).toBe(false);
		const one = 'The bus, carrying 63 people — 56 students and five teachers — veered off the road at 6:30 a.m.';
		const start = one.indexOf('6:30');
		expect(
			otherClauseDate(new Set(['bus'].map(stem)), one, tokenize(one), {
				text: '6:30 a.m.',
				start,
				end: start + 9,
				typed: true,
			}),
		).toBe(false);
	});

	it('reads "and" before a modal as a second predicate with its own date ("… and would raise it next week")', () => {
		const meeting =
			'The MP said he had asked for an urgent meeting with the fisheries minister and would raise the closure in parliament next week.';
		const start = meeting.indexOf('next week');
		const picked = { text: 'next week', start, end: start + 9, typed: true };
		const asked = new Set(['meeting', 'fisheries', 'minister'].map(stem));
		expect(otherClauseDate(asked, meeting, tokenize(meeting), picked)).toBe(true);
		expect(otherClauseDate(new Set(['raise', 'closure'].map(stem)), meeting, tokenize(meeting), picked)).toBe(false);
	});

	it('lowers the fit of the other clause\'s date for "when"', () => {
		const { shortAnswer, context } = floodReport(`Storm\n\n${SENTENCE}`);
		expect(shortAnswer('when will the coastal train line reopen', 'Schools').fit).toBe(
			context.options.missingFigureFit,
		);
		expect(shortAnswer('when will the schools reopen', 'Schools').fit).toBe(1);
	});

	it('answers "how many" with the figure of the clause asked of ("23 were hurt, and four were admitted")', () => {
		const hurt = 'The blast hurt 23 people in the market, and four were admitted to the town hospital.';
		const start = hurt.indexOf('23 people');
		const picked = { text: '23 people', start, end: start + 9, typed: true };
		expect(askedClause(new Set(['admit', 'hospit']), hurt, tokenize(hurt), picked)).toEqual([
			hurt.indexOf(', and'),
			hurt.length,
		]);
		const treated = floodReport(
			'Illness\n\nBy Friday evening, 23 people had been treated at Corlington General Hospital for stomach illness, and 4 of them, including a 2-year-old girl, had been admitted.',
		);
		expect(treated.shortAnswer('How many were admitted?', '23 people').phrase.text).toBe('4');
	});
});
