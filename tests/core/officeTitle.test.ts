import { describe, expect, it } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { findTitle } from '../../src/core/findTitle.ts';
import { parseReport } from '../../src/reports/parseReport.ts';

/** An invented report: offices written with what they are for, a gerund in a title, an office after the name. */
const TEXT = [
	'Swimming pool in Orrin Vale to shut for two years',
	'ORRIN VALE, Tues. 4 — The town swimming pool will close in March for repairs expected to cost 3.2 million pounds.',
	'Cabinet member for leisure Adaeze Morrow said the roof had been found to be unsafe during an inspection in June.',
	'Head of building services Piet Lindqvist said the work would start within weeks.',
	'Chief operating officer Wendell Sato said staff would be moved to the Brackley leisure centre.',
	'Councillor Imani Roth, the cabinet member for finance, said the money would come from reserves.',
	'The pool club is coached by Tara Nolan, now manager of second-tier Orrin Athletic, who did not respond to a request for comment.',
].join('\n\n');

const parsed = parseReport('pool', TEXT);
if (!parsed.ok) throw new Error(parsed.problem);
const desk = createFactdesk([parsed.report], {});

describe('offices in titles', () => {
	it('answers "who is X" with an office written with what it is for or of ("Cabinet member for leisure")', () => {
		expect(desk.ask('who is adaeze morrow').answer).toBe('Cabinet member for leisure Adaeze Morrow');
		expect(desk.ask('who is piet lindqvist').answer).toBe('Head of building services Piet Lindqvist');
	});

	it('keeps a gerund before the title noun in the title as written ("Chief operating officer")', () => {
		expect(desk.ask('who is wendell sato').answer).toBe('Chief operating officer Wendell Sato');
	});

	it('adds the office written after a titled name ("Councillor Imani Roth, the cabinet member for finance")', () => {
		expect(desk.ask('who is imani roth').answer).toBe('Councillor Imani Roth, the cabinet member for finance');
	});

	it('reads no office inside a clause, where the name after it is the body ("manager of second-tier Orrin Athletic")', () => {
		const sentence = 'The club is coached by Tara Nolan, now manager of second-tier Orrin Athletic, who did not reply.';
		expect(findTitle('Orrin Athletic', sentence)).toBeUndefined();
		expect(findTitle('Adaeze Morrow', 'Cabinet member for leisure Adaeze Morrow said so.')?.text).toBe(
			'Cabinet member for leisure Adaeze Morrow',
		);
	});
});
