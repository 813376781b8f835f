import { describe, expect, it } from 'vitest';
import { namesOccasion } from '../../src/core/namesOccasion.ts';
import { floodReport } from './floodReport.ts';

describe('namesOccasion', () => {
	const report = [
		'Norovirus outbreak closes Brackley school',
		'Forty pupils at Brackley Academy fell ill with norovirus on Monday.',
		'In May 2021, 23 pupils at Ashgrove Secondary School, 30 kilometres north of Brackley, were treated for norovirus.',
		'Brackley Academy will reopen on Friday, the Brackley council said.',
	].join('\n\n');
	const earlier =
		'In May 2021, 23 pupils at Ashgrove Secondary School, 30 kilometres north of Brackley, were treated for norovirus.';

	it('is true when the question names the earlier occasion by a name the report writes rarely', () => {
		expect(namesOccasion('how many students got sick in the ashgrove outbreak', earlier, () => report)).toBe(true);
		expect(namesOccasion('how many pupils got sick in brackley', earlier, () => report)).toBe(false);
		expect(namesOccasion('how many pupils got sick', earlier, () => report)).toBe(false);
	});

	it('lets the earlier occasion asked by its name answer with its own figure', () => {
		const { shortAnswer } = floodReport(report);
		expect(shortAnswer('how many pupils got sick in the ashgrove outbreak', 'In May 2021')).toMatchObject({
			phrase: { text: '23 pupils' },
			fit: 1,
		});
		expect(shortAnswer('how many pupils got sick', 'In May 2021').fit).toBeLessThan(1);
	});
});
