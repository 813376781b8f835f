import { describe, expect, it } from 'vitest';
import { lifespanDate } from '../../src/core/lifespanDate.ts';

describe('lifespanDate', () => {
	const chopin = 'Frédéric Chopin (/ˈʃoʊpæn/; 1 March 1810 – 17 October 1849) was a Polish composer.';

	it('answers "born" with the first date of a life’s span, and "die" with the second', () => {
		expect(lifespanDate('What year was Chopin born?', chopin)?.text).toBe('1 March 1810');
		expect(lifespanDate('When did Chopin die?', chopin)?.text).toBe('17 October 1849');
		expect(lifespanDate('When was she born?', 'Ann Lee (born 1961) is a writer.')?.text).toBe('1961');
	});

	it('gives nothing for other questions, or a sentence without a span', () => {
		expect(lifespanDate('When did Chopin move to Paris?', chopin)).toBeUndefined();
		expect(lifespanDate('When did he die?', 'He died in Paris in 1849.')).toBeUndefined();
	});
});
