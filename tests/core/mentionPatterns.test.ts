import { expect, test } from 'vitest';
import { DATE, DATE_HINT } from '../../src/core/mentionPatterns.ts';
import { loadFixtureReports } from './loadFixtureReports.ts';

const examples = [
	'on Sunday',
	'last night',
	'the weekend',
	'early March 2022',
	'Sept. 4',
	'the 19th century',
	'the 1990s',
	'in 850',
	'a 30-day truce',
	'100 BC',
	'overnight',
	'tomorrow',
	'next year',
	'MAY 1',
];

test('every sentence DATE finds a date in passes DATE_HINT, so skipping the others changes nothing', () => {
	const texts = [...examples, ...loadFixtureReports().flatMap((r) => r.paragraphs)];
	let dated = 0;
	for (const text of texts)
		for (const m of text.matchAll(DATE))
			if (m[0].trim()) {
				dated++;
				expect(DATE_HINT.test(m[0]), m[0]).toBe(true);
			}
	expect(dated).toBeGreaterThan(examples.length);
	expect(DATE_HINT.test('The river runs through the city.')).toBe(false);
});
