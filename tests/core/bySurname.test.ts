import { describe, expect, it } from 'vitest';
import { bySurname } from '../../src/core/bySurname.ts';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import type { Answer } from '../../src/core/types.ts';
import { parseReport } from '../../src/reports/parseReport.ts';
import { shippedModelTuning } from './shippedModel.ts';

const OTTERS = [
	'Otters return to the River Wend after forty years',
	'Otters are breeding on the River Wend for the first time in forty years, the county wildlife trust said on Friday.',
	"Fourteen otters, some no older than 3 months, were counted along a 20-kilometre stretch, according to the trust's river officer, Tomasz Kowalczyk.",
	'"We had almost given up hope," Kowalczyk, 52, a former fisherman, said. "Now there are cubs under the old mill."',
	'Water quality on the river has improved since a sewage works upstream was rebuilt in 2019.',
].join('\n\n');

function otterDesk() {
	const parsed = parseReport('otters', OTTERS);
	if (!parsed.ok) throw new Error(parsed.problem);
	return createFactdesk([parsed.report], shippedModelTuning());
}

/** An answer as the engine gives one, from the sentence `quote`. */
function reply(answered: boolean, answer: string, quote: string): Answer {
	const source = { report: 'r', paragraph: 1, sentence: 1, start: 0, end: quote.length, quote };
	return {
		question: '',
		type: 'count',
		answered,
		answer,
		confidence: answered ? 0.6 : 0.2,
		sources: answered ? [source] : [],
		conflicts: [],
		alternatives: answered ? [] : [{ question: 'How old?', preview: quote, source }],
		closestTopics: [],
	};
}

describe('bySurname', () => {
	it('answers a question asked by the full name from the sentence that calls the person by the surname', () => {
		const desk = otterDesk();
		const answer = desk.ask('how old is Tomasz Kowalczyk');
		expect(answer.answer).toBe('52');
		expect(answer.question).toBe('how old is Tomasz Kowalczyk');
		expect(answer.sources.map((s) => s.quote.slice(0, 24))).toEqual([
			'"We had almost given up ',
			'Fourteen otters, some no',
		]);
		expect(desk.ask('How old is tomasz kowalczyk?').answer).toBe('52');
		// No one of that name is in the report: "Anna" is not Tomasz.
		expect(desk.ask('how old is Anna Kowalczyk').answered).toBe(false);
	});

	it('asks again only of a person the closest sentence names in full, and takes no answer about a namesake', () => {
		const declined = reply(false, '', 'The survey was led by river officer Tomasz Kowalczyk and the Wend Trust.');
		const asked: string[] = [];
		const ask = (answer: Answer) => (q: string) => {
			asked.push(q);
			return answer;
		};
		const found = reply(true, '52', 'Kowalczyk, 52, said so.');
		// The entity reader's word: a person starts where Tomasz does, and nowhere else.
		const person = (_: unknown, start: number) => start === declined.alternatives[0]?.source.quote.indexOf('Tomasz');
		expect(bySurname('how old is Tomasz Kowalczyk', declined, ask(found), person)?.answer).toBe('52');
		expect(asked).toEqual(['how old is Kowalczyk']);
		const namesake = reply(true, '30', 'His son, Piotr Kowalczyk, 30, said so.');
		expect(bySurname('how old is Tomasz Kowalczyk', declined, ask(namesake), person)).toBeUndefined();
		expect(bySurname('how old is Tomasz Kowalczyk', declined, ask(found), () => false)).toBeUndefined();
		expect(bySurname('who runs the Wend Trust', declined, ask(found), person)).toBeUndefined();
		expect(bySurname('how old is Tomasz Kowalczyk', declined, ask(reply(false, '', 'x')), person)).toBeUndefined();
	});
});
