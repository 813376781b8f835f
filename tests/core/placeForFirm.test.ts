import { describe, expect, it } from 'vitest';
import { placeForFirm } from '../../src/core/placeForFirm.ts';
import { shippedDesk } from './shippedModel.ts';

const phrase = (text: string) => ({ text, start: 4, end: 4 + text.length, typed: true });
const story = () =>
	'Arena sold\n\nKELDWICK, North Fenmoor, Nov. 12 — The Ice Centre has been sold, administrators said.';

describe('placeForFirm', () => {
	it('reads a building, a street or the dateline place as no answer to "which company"', () => {
		expect(placeForFirm('which company is building the houses', phrase('Glenfield Ice Centre'), story)).toBe(true);
		expect(placeForFirm('what firm owns it', phrase('Ashby Crescent'), story)).toBe(true);
		expect(placeForFirm('which company lost the contract', phrase('North Fenmoor'), story)).toBe(true);
	});

	it('keeps firms, one-word names outside the dateline, and questions of other kinds', () => {
		expect(placeForFirm('which company runs the ferry', phrase('Westsound Ferries'), story)).toBe(false);
		expect(placeForFirm('which company runs the rink', phrase('Corran'), story)).toBe(false);
		expect(placeForFirm('which club plays at the Ice Centre', phrase('Glenfield Ice Centre'), story)).toBe(false);
		expect(placeForFirm('where is the rink', phrase('Glenfield Ice Centre'), story)).toBe(false);
	});

	it('lets the engine decline rather than name a sold arena as the builder', () => {
		const desk = shippedDesk(
			'arena-sale',
			[
				'Ice arena sold to warehouse builder',
				'',
				'KELDWICK, North Fenmoor, Nov. 12 — The Halden Ice Centre, home of the Keldwick Comets for 38 years, has been sold and will be knocked down to make way for a distribution warehouse, administrators said on Wednesday.',
				'',
				'The sale was completed on Friday after months of talks with creditors.',
				'',
				'Fans have started a petition calling for the building to be saved.',
			].join('\n'),
		);
		const answer = desk.ask('which company is building the warehouse');
		expect(answer.answer).not.toBe('Halden Ice Centre');
		expect(answer.answered).toBe(false);
	});
});
