import { describe, expect, it } from 'vitest';
import { peopleNamed } from '../../src/core/peopleNamed.ts';
import { floodReport } from './floodReport.ts';

describe('peopleNamed', () => {
	it('gives the people a sentence names, with where each starts', () => {
		const sentence = 'Mayor Tomas Berg met Claire Mouchet in Brenn on Monday.';
		const { context } = floodReport(sentence);
		const people = peopleNamed(0, context);
		expect(people.some((p) => p.name.endsWith('Tomas Berg'))).toBe(true);
		for (const { name, start } of people) expect(sentence.slice(start, start + name.length)).toBe(name);
		expect(people.map((p) => p.name)).not.toContain('Brenn');
	});
});
