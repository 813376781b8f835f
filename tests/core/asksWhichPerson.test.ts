import { describe, expect, it } from 'vitest';
import { asksWhichPerson } from '../../src/core/asksWhichPerson.ts';

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
