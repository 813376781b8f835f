import { describe, expect, it } from 'vitest';
import { ownerNamed } from '../../src/core/ownerNamed.ts';
import { floodReport } from './floodReport.ts';

const at = (sentence: string, name: string) => {
	const start = sentence.indexOf(name);
	return { text: name, start, end: start + name.length, typed: true };
};

describe('ownerNamed', () => {
	it('finds the owner or operator written as such', () => {
		const owned = 'The cinema is owned by Lantern Screen Holdings, a company that runs 14 venues.';
		expect(ownerNamed('who owns the regal', owned, at(owned, 'Lantern Screen Holdings'))).toBe(true);
		const owner = "The plant's owner, Tallis Energy, said the last unit was taken offline.";
		expect(ownerNamed('Who owns the Brennock plant?', owner, at(owner, 'Tallis Energy'))).toBe(true);
		const ran = 'The blade sheared off, according to Caldmere Renewables, which has run the wind farm since 2009.';
		expect(ownerNamed('which company runs the wind farm', ran, at(ran, 'Caldmere Renewables'))).toBe(true);
	});

	it('leaves a name of no owning, an earlier owner and other questions alone', () => {
		const said = 'Mayor Ruth Okafor said the cinema would close, its owner having given notice.';
		expect(ownerNamed('who owns the regal', said, at(said, 'Ruth Okafor'))).toBe(false);
		const owned = 'The plough is owned by the Diocese of Severn Fold.';
		expect(ownerNamed('who owned the plough before', owned, at(owned, 'Diocese of Severn Fold'))).toBe(false);
		expect(ownerNamed('who closed the regal', owned, at(owned, 'Diocese of Severn Fold'))).toBe(false);
	});

	it('makes such an owner the very fact asked', () => {
		const { shortAnswer } = floodReport(
			[
				'Regal cinema to close',
				'The cinema is owned by Lantern Screen Holdings, a company that operates 14 venues across the north.',
			].join('\n\n'),
		);
		const answer = shortAnswer('who owns the regal', 'Lantern Screen Holdings');
		expect(answer.phrase.text).toBe('Lantern Screen Holdings');
		expect(answer.matched).toBe(true);
	});
});
