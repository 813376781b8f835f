import { describe, expect, it } from 'vitest';
import { otherCountDoer } from '../../src/core/countDoer.ts';
import { contentStems } from '../../src/core/tokenize.ts';
import { floodReport } from './floodReport.ts';

const countAt = (sentence: string, figure: string) => sentence.indexOf(figure);

describe('otherCountDoer', () => {
	const scored = 'Opposite hitter Mia Berg, 26, scored 34 points, including a block on Ana Silva.';
	const named = () => contentStems(scored);

	it('is true where a named doer right before the same verb is not the one asked, who is named nearby', () => {
		expect(otherCountDoer('how many points did ana silva score', scored, countAt(scored, '34'), named)).toBe(true);
	});

	it('reads the doer of a verb after "to" ("ordered Valmont to pay")', () => {
		const ordered = 'The court also ordered Valmont to pay 2.1 million euros in damages to the owner.';
		const both = () => contentStems(`${ordered} Boudjellal`);
		const at = countAt(ordered, '2.1');
		expect(otherCountDoer('how much damages does boudjellal have to pay', ordered, at, both)).toBe(true);
		expect(otherCountDoer('how much damages does valmont have to pay', ordered, at, both)).toBe(false);
		const chelsea = 'After a spell in Spain, she returned to Chelsea to win three more league titles.';
		const silva = () => contentStems(`${chelsea} Marta Silva`);
		const won = countAt(chelsea, 'three');
		expect(otherCountDoer('how many league titles did silva win', chelsea, won, silva)).toBe(false);
	});

	it('is false for the doer asked, a doer not named nearby, a kind of doer, or a doer that is no name', () => {
		expect(otherCountDoer('how many points did mia berg score', scored, countAt(scored, '34'), named)).toBe(false);
		expect(otherCountDoer('how many points did eva lind score', scored, countAt(scored, '34'), named)).toBe(false);
		expect(otherCountDoer('how many points did the team score', scored, countAt(scored, '34'), named)).toBe(false);
		const club = 'The club spent about 85 million pounds on players, Rovers said.';
		const clubStems = () => contentStems(club);
		expect(otherCountDoer('how much did rovers spend', club, countAt(club, 'about'), clubStems)).toBe(false);
	});
});

describe('otherCountDoer of a doer named elsewhere in the report', () => {
	const scored = 'Okafor, 24, scored 31 goals in 26 league games last season.';
	const reportOf = (text: string) => {
		const stems = new Set(contentStems(text));
		return { has: (stem: string) => stems.has(stem), text: () => text };
	};
	const report = reportOf(
		'Hartwell City have signed Canadian striker Maya Okafor from Kvarnby IF.\nOkafor, 24, scored 31 goals in 26 league games last season.',
	);
	const paragraph = () => contentStems(scored);

	it('is true for a name the report gives elsewhere and never beside the doer', () => {
		expect(otherCountDoer('how many goals did hartwell score', scored, countAt(scored, '31'), paragraph, report)).toBe(
			true,
		);
	});

	it("is false for another part of the doer's own name, or a name the report never gives", () => {
		expect(otherCountDoer('how many goals did maya score', scored, countAt(scored, '31'), paragraph, report)).toBe(
			false,
		);
		expect(otherCountDoer('how many goals did brennan score', scored, countAt(scored, '31'), paragraph, report)).toBe(
			false,
		);
		expect(otherCountDoer('how many goals did hartwell score', scored, countAt(scored, '31'), paragraph)).toBe(false);
	});

	it('takes a middle name or a nickname for one name with the doer', () => {
		for (const signed of ['Maya Chiamaka Okafor', "Maya 'Rocket' Okafor"]) {
			const text = `Hartwell City have signed Canadian striker ${signed}.\n${scored}`;
			expect(
				otherCountDoer('how many goals did maya score', scored, countAt(scored, '31'), paragraph, reportOf(text)),
			).toBe(false);
		}
	});
});

describe("countFactAnswer of another doer's count", () => {
	it("gives the count of a named doer other than the one asked the other side's fit", () => {
		const { context, shortAnswer } = floodReport(
			'Opposite hitter Mia Berg, 26, scored 34 points, including a block on Orvik captain Ana Silva.',
		);
		const short = shortAnswer('how many points did ana silva score', 'scored 34 points');
		expect(short.fit).toBeCloseTo(context.options.otherActorFit);
		expect(shortAnswer('how many points did mia berg score', 'scored 34 points').fit).toBe(1);
	});
});
