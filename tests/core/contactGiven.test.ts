import { describe, expect, it } from 'vitest';
import { contactGiven } from '../../src/core/contactGiven.ts';
import { floodReport } from './floodReport.ts';

describe('contactGiven', () => {
	it('gives the phone number, email address or website the sentence writes', () => {
		expect(contactGiven('whats the phone number for the hotline', 'Call the hotline on 0800 555 0199.')?.text).toBe(
			'0800 555 0199',
		);
		expect(contactGiven("what's their email", 'Write to help@marrow.gov.uk for details.')?.text).toBe(
			'help@marrow.gov.uk',
		);
		expect(contactGiven('what is the website', 'Details are at www.marrow.gov.uk/buses.')?.text).toBe(
			'www.marrow.gov.uk/buses',
		);
	});

	it('gives none (null) where it writes none, and undefined for another question', () => {
		expect(contactGiven('whats the phone number for the hotline', 'I found out from my phone, he said.')).toBeNull();
		expect(contactGiven('how many people visited the website', 'The site had 40,000 visitors.')).toBeUndefined();
		expect(contactGiven('how many phone numbers were leaked', 'Some 4,000 numbers leaked.')).toBeUndefined();
	});

	it('leaves "whats the phone number" of a sentence with none to another, with a low fit', () => {
		const { shortAnswer, context } = floodReport('"I found out from my phone," said Gareth Pim, a driver.');
		expect(shortAnswer('whats the phone number for the hotline', 'Gareth').fit).toBe(context.options.missingFigureFit);
	});
});

describe('contactGiven of a question that asks something else', () => {
	it('reads no contact asked in "which company designed the website"', () => {
		expect(
			contactGiven("Which company designed the format for GE's website?", 'Wolff Olins designed it.'),
		).toBeUndefined();
		expect(contactGiven('whats the helpline number', 'It employs 1,400 people.')).toBeNull();
		expect(contactGiven("what's the hotline number to call", 'The number of victims may rise.')).toBeNull();
	});
});
