import { describe, expect, it } from 'vitest';
import { floodReport } from './floodReport.ts';

describe('howLongAnswer', () => {
	it('gives the end of a span ("until 11:25 a.m.") a low fit for how long a span now over lasted, not for one to come', () => {
		const { context, shortAnswer } = floodReport(
			'The weather radar at Hollin Hill failed on Monday morning and stayed down for 31 hours. Engineers had it working again by Tuesday, and forecasts were normal until 11:25 a.m. on Wednesday.',
		);
		expect(shortAnswer('how long was the radar down for', 'normal until').fit).toBe(context.options.otherDurationFit);
		expect(shortAnswer('how long will forecasts be normal', 'normal until').fit).toBe(1);
	});

	it('gives a crowd\'s count ("a crowd of about 18,000") a low fit for "how long"', () => {
		const { context, shortAnswer } = floodReport(
			'Jockey Hurt\n\nKESTONBURY, Sept. 21 — Champion jockey Rory Gallaher was airlifted to hospital on Saturday after a heavy fall at the final fence, in front of a crowd of about 18,000. Doctors said he would be out of racing for four to six months.',
		);
		expect(shortAnswer('how long will rory be out of racing', 'crowd of').fit).toBe(context.options.otherDurationFit);
		expect(shortAnswer('how long will rory be out of racing', 'Doctors said').phrase.text).toBe('four to six months');
	});

	it('gives a distance a low fit for how long someone got in jail', () => {
		const { context, shortAnswer } = floodReport(
			'The Bremer Star ran aground near Hollin Point, 60 kilometres north of Port Ellery. That captain was jailed for 10 months.',
		);
		expect(shortAnswer('how long did the bremer star captain get in jail', 'Hollin').fit).toBe(
			context.options.otherDurationFit,
		);
		expect(shortAnswer('how long did the bremer star captain get in jail', 'jailed').phrase.text).toBe('10 months');
	});

	it('reads "how long have they played there" and "how long did it go on" as a length of time, no distance or rank', () => {
		const { context, shortAnswer } = floodReport(
			'The Kestrels will play their remaining home games at Hollow Arena, 47 miles away. The rink has been their home for 38 years. The club said its second century would begin with a new roof. The exhibition went on for nearly six hours.',
		);
		expect(shortAnswer('how long have the kestrels played there', '47 miles').fit).toBe(
			context.options.otherDurationFit,
		);
		expect(shortAnswer('how long have the kestrels played there', '38 years').phrase.text).toBe('38 years');
		expect(shortAnswer('how long did the exhibition go on for', 'second century').fit).toBe(
			context.options.otherDurationFit,
		);
		expect(shortAnswer('how long did the exhibition go on for', 'went on').phrase.text).toBe('nearly six hours');
		expect(shortAnswer('how long did the queue stretch', '47 miles').fit).toBe(1);
		const mine = floodReport('The refuge chamber lies 120 metres below ground. It holds air for up to four days.');
		expect(mine.shortAnswer('how long could they survive in the refuge chamber', '120 metres').fit).toBe(
			mine.context.options.otherDurationFit,
		);
		expect(mine.shortAnswer('how long could they survive in the refuge chamber', 'four days').fit).toBe(1);
		const city = floodReport('Orvik, one of the most important ports for over a thousand years, was walled in 1320.');
		expect(city.shortAnswer('how long has orvik been important', 'walled').phrase.text).toBe('over a thousand years');
	});

	it('gives a speed ("a 30 mile an hour limit", "45 knots") a low fit for how long the road was shut', () => {
		const { context, shortAnswer } = floodReport(
			'Signs on the bypass showed a 30 mile an hour limit from dawn. Gusts reached 45 knots. The bypass stayed closed for nine hours.',
		);
		expect(shortAnswer('how long was the bypass shut for', 'Signs').fit).toBe(context.options.otherDurationFit);
		expect(shortAnswer('how long was the bypass shut for', 'Gusts').fit).toBe(context.options.otherDurationFit);
		expect(shortAnswer('how long was the bypass shut for', 'stayed').phrase.text).toBe('nine hours');
	});

	it('answers how long a place stays shut with how far it runs, not the length of what is shut', () => {
		const { shortAnswer } = floodReport(
			'Police closed a 300-metre stretch of Canal Walk and said it would stay shut until at least Friday. The museum, 40 metres away, will remain closed until the end of the month.',
		);
		expect(shortAnswer('how long is canal walk shut for', 'Police').phrase.text).toBe('until at least Friday');
		expect(shortAnswer('how long will the museum be closed', 'museum').phrase.text).toBe('until the end of the month');
		expect(shortAnswer('how long is the stretch of closed walk', 'Police').phrase.text).not.toContain('until');
	});

	it('reads "four and a half hours" as one length of time', () => {
		const { shortAnswer } = floodReport(
			'More than 600 people turned out, and the meeting ran for four and a half hours.',
		);
		expect(shortAnswer('how long did the town hall go on for', 'meeting').phrase.text).toBe('four and a half hours');
	});

	it('reads "how long will highway 20 stay closed" as a length of time, not of a road', () => {
		const { shortAnswer } = floodReport(
			'Highway closed\n\nHighway 20 remains closed, and officials said it could stay shut for at least five days. Construction of the pipeline was halted for four months.',
		);
		expect(shortAnswer('how long will highway 20 stay closed', 'stay shut')).toMatchObject({
			phrase: { text: 'at least five days' },
			fit: 1,
		});
		expect(shortAnswer('how long was pipeline construction halted', 'halted')).toMatchObject({
			phrase: { text: 'four months' },
			fit: 1,
		});
		expect(shortAnswer('how long is highway 20', 'stay shut').fit).toBeLessThan(1);
		expect(shortAnswer('how long will highway 20 be when it is done', 'stay shut').fit).toBeLessThan(1);
	});
});

describe('howLongAnswer of a length asked by its unit', () => {
	it('answers "how long is the course in miles" with a length, and gives a time a low fit', () => {
		const { shortAnswer, context } = floodReport(
			'Her time of 2 hours 58 seconds beat the record. The Harlow Bay course is 26.2 miles long.',
		);
		expect(shortAnswer('how long is the harlow bay course in miles', 'course is').phrase.text).toBe('26.2 miles');
		expect(shortAnswer('how long is the harlow bay course in miles', 'Her time').fit).toBe(
			context.options.otherDurationFit,
		);
	});
});

describe('howLongAnswer of an absence', () => {
	it('gives a race time a low fit for "how long will she be out", and the absence its length', () => {
		const { shortAnswer, context } = floodReport(
			'Ana Ribeiro led out of the water in 19 minutes 2 seconds and crashed. "She will be out for at least eight weeks," he said.',
		);
		expect(shortAnswer('how long will ribeiro be out', 'led out').fit).toBe(context.options.otherDurationFit);
		expect(shortAnswer('how long will ribeiro be out', 'She will').phrase.text).toBe('at least eight weeks');
	});
});

describe('howLongAnswer of a span occasions are counted in', () => {
	it('gives "its third outage in 18 months" a low fit for how long it was down, but not "the first train in 14 years"', () => {
		const { shortAnswer, context } = floodReport(
			"Online banking at Norbank was down for almost 11 hours. It was the bank's third major outage in 18 months. The line saw its first passenger train in 14 years.",
		);
		expect(shortAnswer('how long was norbank down', 'third major').fit).toBe(context.options.otherDurationFit);
		expect(shortAnswer('how long was norbank down', 'was down').phrase.text).toBe('almost 11 hours');
		expect(shortAnswer('how long was the line out of service', 'first passenger').fit).toBe(1);
	});
});

describe('howLongAnswer of a length that was cut', () => {
	it('answers with the length it was cut to, with its unit ("cutting the journey from 41 minutes … to about 17 minutes")', () => {
		const { shortAnswer } = floodReport(
			'The tram will carry 9,500 passengers a day, cutting the journey from 41 minutes by bus to about 17 minutes.',
		);
		expect(shortAnswer('how long will the trip take on the tram', 'cutting the journey').phrase.text).toBe(
			'about 17 minutes',
		);
	});
});

describe('howLongAnswer of a document', () => {
	it('answers "how long is the report" with its pages, and gives a length of time a low fit', () => {
		const { shortAnswer, context } = floodReport(
			'The 112-page report, published on Monday, was commissioned by the county association. It will publish a progress report in six months.',
		);
		expect(shortAnswer('how long is the report', 'The 112-page').phrase.text).toBe('112-page');
		expect(shortAnswer('how long is the report', 'progress report').fit).toBe(context.options.otherDurationFit);
	});
});
