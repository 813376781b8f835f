import { describe, expect, it } from 'vitest';
import { memberNamed } from '../../src/core/memberNamed.ts';
import { stem } from '../../src/core/tokenize.ts';
import { floodReport } from './floodReport.ts';
import { phraseAt } from './phraseAt.ts';

const visit =
	'The case began in 2023, when an inspector from the Education Quality Board, Neil Abernathy, made an unannounced visit.';

describe('memberNamed', () => {
	it('takes the person named in commas after the body someone is described by', () => {
		expect(memberNamed(visit, phraseAt(visit, 'Education Quality Board'))?.text).toBe('Neil Abernathy');
	});

	it('takes no name after a body that describes nobody, nor a body with no name after it', () => {
		const list = 'Funds went to the Education Quality Board, Harbour Trust, and others.';
		expect(memberNamed(list, phraseAt(list, 'Education Quality Board'))).toBeUndefined();
		const unnamed = 'An inspector from the Education Quality Board made a visit.';
		expect(memberNamed(unnamed, phraseAt(unnamed, 'Education Quality Board'))).toBeUndefined();
	});

	it('takes the member a body\'s "whose <role>," names, when the deed after the name is the one asked', () => {
		const house =
			'She took it to the auction house Vercammen & Zonen, whose specialist, Pieter Goossens, recognised the signature.';
		const asked = new Set([stem('recognised'), stem('signature')]);
		expect(memberNamed(house, phraseAt(house, 'Vercammen & Zonen'), asked)?.text).toBe('Pieter Goossens');
		expect(memberNamed(house, phraseAt(house, 'Vercammen & Zonen'), new Set([stem('sold')]))).toBeUndefined();
		const { shortAnswer } = floodReport(`Painting found\n\nLIEGE, Feb. 4 — A painting was found. ${house}`);
		expect(shortAnswer('who recognised the signature', 'Goossens').phrase.text).toBe('Pieter Goossens');
	});

	it('answers "who did the inspection" with the inspector, and "which agency" with the body', () => {
		const { shortAnswer } = floodReport(`Visa Fraud\n\nPORT, Feb. 8 — A director was charged. ${visit}`);
		expect(shortAnswer('who did the surprise inspection', 'Neil Abernathy').phrase.text).toBe('Neil Abernathy');
		expect(shortAnswer('which agency sent the inspector', 'Neil Abernathy').phrase.text).toBe(
			'Education Quality Board',
		);
	});
});
