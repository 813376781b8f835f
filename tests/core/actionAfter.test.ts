import { describe, expect, it } from 'vitest';
import { actionAfter } from '../../src/core/actionAfter.ts';
import { stem } from '../../src/core/tokenize.ts';
import { floodReport } from './floodReport.ts';

describe('actionAfter', () => {
	const killed = new Set([stem('killed'), stem('died')]);

	it('reads the verb after a count, past "were" or "had been", up to its clause', () => {
		const quote = 'Four kidnappers were killed and two were arrested.';
		expect(actionAfter(quote, quote.indexOf(' were'), killed)).toBe(true);
		expect(actionAfter(quote, quote.indexOf(' were arrested'), killed)).toBe(false);
		const later = 'Nine hikers had all been rescued by noon, while two died.';
		expect(actionAfter(later, later.indexOf(' had'), killed)).toBe(false);
		expect(actionAfter(later, later.indexOf(' died'), killed)).toBe(true);
	});

	it('lets "how many X died" take a count whose verb follows it, and a cull for a killing', () => {
		const { shortAnswer } = floodReport(
			[
				'Raid on camp',
				'Four kidnappers were killed and two were arrested, he said.',
				'The Netherlands culled more than 6 million birds during an outbreak in 2022.',
			].join('\n\n'),
		);
		expect(shortAnswer('how many kidnappers died', 'Four kidnappers')).toMatchObject({
			phrase: { text: 'Four kidnappers' },
			fit: 1,
		});
		expect(shortAnswer('how many kidnappers were freed', 'Four kidnappers').fit).toBeLessThan(1);
		expect(shortAnswer('how many birds were killed in the outbreak', 'culled').fit).toBe(1);
	});
});
