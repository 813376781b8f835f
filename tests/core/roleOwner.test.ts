import { describe, expect, it } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { roleOwner } from '../../src/core/roleOwner.ts';
import { shippedModelTuning } from './shippedModel.ts';

const at = (sentence: string, name: string) => {
	const start = sentence.indexOf(name);
	return { text: name, start, end: start + name.length, typed: true };
};

describe('roleOwner', () => {
	it('knows a body named after someone told by calling, who did the deed, for no doer', () => {
		const banned = 'The head coach of rugby side Harbour Rovers was suspended for a year on Monday.';
		expect(roleOwner(banned, at(banned, 'Harbour Rovers'))).toBe(true);
		const named = 'Harbour Rovers was fined on Monday, the league said.';
		expect(roleOwner(named, at(named, 'Harbour Rovers'))).toBe(false);
		const object = 'The league suspended the head coach of Harbour Rovers on Monday.';
		expect(roleOwner(object, at(object, 'Harbour Rovers'))).toBe(false);
	});
	it('keeps the engine from answering "who" with that body', () => {
		const desk = createFactdesk(
			[
				{
					id: 'rugby',
					title: 'Rugby',
					paragraphs: [
						'The head coach of rugby side Harbour Rovers was suspended for a year on Monday after a review of the club.',
					],
				},
			],
			shippedModelTuning(),
		);
		expect(desk.ask('who was suspended?').answer).not.toBe('Harbour Rovers');
	});
});
