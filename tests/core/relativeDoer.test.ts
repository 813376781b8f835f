import { describe, expect, it } from 'vitest';
import { relativeDoer } from '../../src/core/relativeDoer.ts';
import { floodReport } from './floodReport.ts';

describe('relativeDoer', () => {
	it('answers "who <did>" with the person a relative clause gives the deed, past their age and job', () => {
		const { shortAnswer } = floodReport(
			'Among the fallers was Piet Varga, 28, a climber with Team Ostra, who abandoned the race with a broken wrist.',
		);
		expect(shortAnswer('who abandoned the race', 'Piet Varga').phrase.text).toBe('Piet Varga');
		const beside = floodReport('The title went to Ana Ruiz, who beat Lena Ott in the final on Sunday.');
		expect(beside.shortAnswer('who beat lena ott', 'Ana Ruiz').phrase.text).toBe('Ana Ruiz');
		const other = floodReport('Lena Ott, 25, who won the sprint title last year, finished third in Orvik.');
		expect(other.shortAnswer('who won the road race', 'Lena Ott').matched).not.toBe(true);
	});
});

describe('a deed told with "is believed to have" of "it"', () => {
	it('answers "who bought the watch" with the person a champion’s description follows, not the sport', () => {
		const { shortAnswer } = floodReport(
			'The watch sold on Sunday belonged to Paolo Venti, the three-time Formula One world champion, who is believed to have bought it in Turin in 1952.',
		);
		expect(shortAnswer('who bought the watch', 'The watch').phrase.text).toBe('Paolo Venti');
		const { context } = floodReport(
			'Dealer Marco Rossi said the watch belonged to Paolo Venti, the champion, who is believed to have bought it in 1952.',
		);
		const doer = relativeDoer(
			'who bought the watch',
			context.corpus.quote(0),
			context.mentions.of(0),
			context.entityKinds.get(0),
		);
		expect(doer?.text).toBe('Paolo Venti');
		expect(
			relativeDoer('who bought the car', context.corpus.quote(0), context.mentions.of(0), context.entityKinds.get(0)),
		).toBeUndefined();
	});
});
