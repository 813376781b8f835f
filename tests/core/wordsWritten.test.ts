import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/core/tokenize.ts';
import { wordsWritten } from '../../src/core/wordsWritten.ts';
import { floodReport } from './floodReport.ts';
import { shippedDesk } from './shippedModel.ts';

const { ask } = floodReport();

describe('wordsWritten', () => {
	it('finds every word of the question in the sentence but one, light verbs aside', () => {
		expect(
			wordsWritten(ask('why did the lights go out in Orvik'), tokenize('The lights went out after a fuse blew.')),
		).toBe(true);
		expect(
			wordsWritten(ask('why did the school shut its gates early'), tokenize('The lights went out after a fuse blew.')),
		).toBe(false);
	});

	it('answers "why" from the sentence that gives the reason for the very deed asked', () => {
		const desk = shippedDesk(
			'festival-arrest',
			[
				'Inquiry into arrest at festival finds no camera footage',
				'An inquiry into the arrest of a teenager at the Brackley summer festival has found that none of the four officers involved recorded the incident, the county police watchdog said on Friday.',
				'The 17-year-old was held on the ground for several minutes on July 14 after a scuffle near the main stage, and was later released without charge.',
				"The officers were not wearing body-worn cameras that night because their station's cameras were being repaired, the report said.",
				'His mother, Denise Carr, said the family had been left with nothing but the accounts of the officers themselves.',
				'The watchdog recommended that spare cameras be kept at every station and said it would review the case again in six months.',
			].join('\n\n'),
		);
		const answer = desk.ask('why werent they wearing bodycams');
		expect(answer.answered).toBe(true);
		expect(answer.answer).toContain("because their station's cameras were being repaired");
	});
});
