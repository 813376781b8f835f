import { describe, expect, it } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { rolesReversed } from '../../src/core/rolesReversed.ts';
import { tokenize } from '../../src/core/tokenize.ts';
import { parseReport } from '../../src/reports/parseReport.ts';
import { shippedModelTuning } from './shippedModel.ts';

const reversed = (question: string, sentence: string) => rolesReversed(question, sentence, tokenize(sentence));

describe('rolesReversed', () => {
	it('reads a long sentence of many deeds in bounded time', () => {
		// Each deed's names after it read once: reading them again for every later deed took 0.7 s here.
		const sentence = 'William Of Normandy conquered England killing Harold, '.repeat(1600);
		const started = performance.now();
		expect(reversed('When did Harold conquer England?', sentence)).toBe('William Of Normandy');
		expect(performance.now() - started).toBeLessThan(400);
	});

	it.each([
		['When did Marlow Town beat Redbridge?', 'Redbridge beat Marlow Town 3-1 on Saturday.', 'Redbridge'],
		['Where did Ukraine strike Russia?', "Russia struck Ukraine's power grid overnight.", 'Russia'],
		[
			'What city did Queen Ingrid visit?',
			'In 1902, King Olav IV of Lindmark visited Bergen with Queen Ingrid.',
			'King Olav IV of Lindmark',
		],
		['What did the Vestry Council sue?', 'Alder Mining later sued the Vestry Council for damages.', 'Alder Mining'],
	])('%s of "%s": done by %s', (question, sentence, doer) => {
		expect(reversed(question, sentence)).toBe(doer);
	});

	it.each([
		['the doer asked', 'Where did Ukraine strike Russia?', "Ukraine struck Russia's oil depot at Tuapse."],
		['the passive', 'When did Ukraine strike Russia?', 'Ukraine was struck by Russia on Monday.'],
		['an unnamed doer', 'When did Ukraine strike Russia?', 'They struck Ukraine on Monday.'],
		['the asked doer in the clause', 'When did Ukraine strike Russia?', 'Ukraine and Poland struck Russia twice.'],
		['the asked doer not named after', 'When did Ukraine strike Kharkiv?', 'Russian forces struck Kharkiv.'],
		['a deed done together', 'Who did Northway merge with?', 'Eastgate Bank merged with Northway in 2001.'],
		['a mutual deed', 'Who did Ana Ruiz marry?', 'Tomas Ferrer married Ana Ruiz in Seville.'],
		['a deed two do together', 'When did Germany play France?', 'France played Germany in Paris on Saturday.'],
		['a deed against the other', 'When did Nadal face Federer?', 'Federer faced Nadal in the final.'],
		[
			'a deed done both ways',
			'When did Arsenal beat Liverpool?',
			'Liverpool beat Arsenal 2-0 on Sunday, after Arsenal beat Liverpool in the cup on Wednesday.',
		],
		['a noun, not a deed', 'When did Kelso Rangers fans riot?', 'Dunmore fans rioted after Kelso Rangers scored.'],
	])('leaves alone %s', (_, question, sentence) => {
		expect(reversed(question, sentence)).toBeUndefined();
	});
});

describe('rolesReversed in the engine', () => {
	const text = [
		'Redbridge stun leaders',
		'Redbridge beat Marlow Town 3-1 on Saturday at Fenwick Park, their first away win of the season.',
		'Marlow Town remain top of the table on goal difference.',
	].join('\n\n');
	const parsed = parseReport('redbridge', text);
	if (!parsed.ok) throw new Error(parsed.problem);
	const desk = createFactdesk([parsed.report], shippedModelTuning());

	it('is less sure when the sides are the wrong way round', () => {
		const right = desk.ask('When did Redbridge beat Marlow Town?');
		const wrong = desk.ask('When did Marlow Town beat Redbridge?');
		expect(right.answered).toBe(true);
		expect(right.answer).toMatch(/Saturday/);
		expect(wrong.confidence).toBeLessThan(right.confidence * 0.5);
	});
});
