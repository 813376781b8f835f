import { describe, expect, it } from 'vitest';
import { asksNameOfPerson, asksWhichPerson } from '../../src/core/asksWhichPerson.ts';
import { floodReport } from './floodReport.ts';

describe('asksWhichPerson', () => {
	it.each([
		'Which judge decided the case?',
		'which judge oversaw the recount',
		'which ministers quit before the vote',
		'What Fiji player was sent off?',
		'what business leader spoke first',
		'which scientists warned of it',
		'Which man was arrested?',
		'Which executive resigned?',
		'which volunteer has been at every count',
	])('is true of "%s": a person\'s role or calling, the subject of the verb', (question) => {
		expect(asksWhichPerson(question)).toBe(true);
	});

	it.each([
		'Which company bought it?',
		'what head of lettuce won',
		"what chief executive's pay rose",
		'What made nurses go on strike?',
		'What caused farmers to protest?',
		'What student loan changes were announced?',
		'What driver shortage hit the firm?',
		'What pilot scheme was launched?',
		'What nurse staffing levels are required?',
		'What officer training is required?',
		'What player ratings were given?',
		"Which players' union called the strike?",
		'What man-made lakes are there?',
	])('is false of "%s": a noun that qualifies another, or a verb before the person', (question) => {
		expect(asksWhichPerson(question)).toBe(false);
	});
});

describe('asksNameOfPerson', () => {
	it('reads "what is the name of" a person described as asking a name, not of a thing', () => {
		expect(asksNameOfPerson("what's the name of the nurse who found the fridge")).toBe(true);
		expect(asksNameOfPerson('whats the name of the 58 yr old who got arrested')).toBe(true);
		expect(asksNameOfPerson('what was the name of the trainee electrician who died')).toBe(true);
		expect(asksNameOfPerson('what are the names of the kids who got bitten')).toBe(true);
		expect(asksNameOfPerson("what's the name of the cafe")).toBe(false);
		expect(asksNameOfPerson('whats the name of the fishing boat that came to help')).toBe(false);
		expect(asksNameOfPerson('who found the fridge')).toBe(false);
	});

	it('gives a body or a place no fit as the name asked', () => {
		const { context, shortAnswer } = floodReport(
			'Staff at Brookside Health Centre found the vaccine fridge broken on Monday morning. The practice manager, Ruth Dale, said 400 doses were lost.',
		);
		expect(shortAnswer('whats the name of the nurse who found the broken fridge', 'Staff at Brookside').fit).toBe(
			context.options.unnamedFit,
		);
		expect(shortAnswer('whats the name of the practice manager', 'Ruth Dale').phrase.text).toBe('Ruth Dale');
	});

	it('gives a word alone not known as a person\'s ("nearby Pembury") no fit as the name asked', () => {
		const { context, shortAnswer } = floodReport(
			'The outbreak is the largest in the region since 2017, when 212 people fell ill after a wedding banquet at the Corliss Hotel in nearby Pembury. The hotel dismissed its kitchen manager, Dana Hollis, after that outbreak.',
		);
		const asked = 'what was the name of the corliss hotel kitchen manager who got fired';
		expect(shortAnswer(asked, 'nearby Pembury').fit).toBe(context.options.unnamedFit);
		expect(shortAnswer(asked, 'Dana Hollis').phrase.text).toBe('Dana Hollis');
	});
});
