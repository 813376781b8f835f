import { describe, expect, it } from 'vitest';
import { speakerNotDoer } from '../../src/core/speakerNotDoer.ts';
import { tokenize } from '../../src/core/tokenize.ts';
import { floodReport } from './floodReport.ts';

/** The speaker's name in a sentence, as picked. */
function at(sentence: string, name: string) {
	const start = sentence.indexOf(name);
	return { text: name, start, end: start + name.length, typed: true };
}

describe('speakerNotDoer', () => {
	it('tells a speaker who only says a deed was done from its doer', () => {
		const looked = 'Mayor Ines Calloway said the county had looked at buying the depot but could not afford it.';
		expect(speakerNotDoer('who bought the depot', looked, tokenize(looked), at(looked, 'Ines Calloway'))).toBe(true);
		const insured = 'Club chair Tomas Reyne, 64, who joined in 1979, said the pavilion had been insured.';
		expect(speakerNotDoer('who insures the pavilion', insured, tokenize(insured), at(insured, 'Tomas Reyne'))).toBe(
			true,
		);
	});

	it('gives the doer that what was said opens on, or the agent of its passive', () => {
		const ordered = 'Deputy mayor Lina Saar said the city had ordered a full inspection of the depot.';
		expect(
			speakerNotDoer('who ordered the inspection', ordered, tokenize(ordered), at(ordered, 'Lina Saar')),
		).toMatchObject({ text: 'the city' });
		const owned = 'Planner Ruth Obi said the mast would stand on a field owned by the village school.';
		expect(speakerNotDoer('who owns the field', owned, tokenize(owned), at(owned, 'Ruth Obi'))).toMatchObject({
			text: 'the village school',
		});
	});

	it('leaves the speaker who did it, and a deed word used otherwise, alone', () => {
		const self = 'Builder Sam Hale said he had bought the depot in March.';
		expect(speakerNotDoer('who bought the depot', self, tokenize(self), at(self, 'Sam Hale'))).toBe(false);
		const idiom = 'Its chair, Gregor Albescu, said the two firms compete head to head on most routes.';
		expect(
			speakerNotDoer('who heads the transport authority', idiom, tokenize(idiom), at(idiom, 'Gregor Albescu')),
		).toBe(false);
	});

	it('gives the speaker a low fit for "who bought" in a report, and the doer named in what was said', () => {
		const { context, shortAnswer } = floodReport(
			'Mayor Ines Calloway said the county had looked at buying the old bus depot. Deputy mayor Lina Saar said the city had ordered a full inspection of the depot.',
		);
		expect(shortAnswer('who bought the old bus depot', 'Calloway').fit).toBe(context.options.otherActorFit);
		expect(shortAnswer('who ordered the inspection of the depot', 'Saar').phrase.text).toBe('the city');
	});
});
