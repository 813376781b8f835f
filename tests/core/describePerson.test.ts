import { describe, expect, it } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { findTitle } from '../../src/core/findTitle.ts';
import { parseReport } from '../../src/reports/parseReport.ts';
import { floodReport } from './floodReport.ts';

/** An invented report: people with a form of address only, a role in apposition, a role in a title. */
const TEXT = [
	'Junior doctors in England began a five-day strike on Monday over pay.',
	'"Doctors do not want to strike," said Dr Priya Raman, co-chair of the junior doctors committee.',
	'"This is a real breakthrough," said Dr Helle Rasmussen, Solvang\'s chief medical officer.',
	'Health Secretary Tom Reyes called the strike "unjustified".',
	'Chief technology officer Riaan du Plessis said the rota system had failed, and hospital trust chairman Bruce Keller agreed.',
].join('\n\n');

const parsed = parseReport('doctors', TEXT);
if (!parsed.ok) throw new Error(parsed.problem);
const desk = createFactdesk([parsed.report], {});

describe('describePerson', () => {
	it('answers "Who is X?" with the role in apposition when the report gives X only a form of address ("Dr")', () => {
		expect(desk.ask('who is Priya Raman').answer).toBe('Priya Raman, co-chair of the junior doctors committee');
		expect(desk.ask('Who is Tom Reyes?').answer).toBe('Health Secretary Tom Reyes');
	});

	it('answers "Who is X?" with the title as written in full, and finds X by the title\'s role words', () => {
		expect(desk.ask('who is du plessis').answer).toBe('Chief technology officer Riaan du Plessis');
		expect(desk.ask('who is bruce keller').answer).toBe('hospital trust chairman Bruce Keller');
		expect(desk.ask('who is the chairman').answer).toBe('Bruce Keller');
	});

	it('takes no verb or subject before a title into it ("Blinken met foreign minister Wang Yi")', () => {
		expect(findTitle('Wang Yi', 'Blinken met foreign minister Wang Yi in Beijing.', true)?.text).toBe(
			'foreign minister Wang Yi',
		);
		expect(findTitle('Tom Hale', 'Critics accuse prime minister Tom Hale of lying.', true)?.text).toBe(
			'prime minister Tom Hale',
		);
		expect(findTitle('Anne Berg', 'The club names coach Anne Berg as its boss.', true)?.text).toBe('coach Anne Berg');
		expect(findTitle('Per Moe', 'Police will question co-founder Per Moe today.', true)?.text).toBe(
			'co-founder Per Moe',
		);
		expect(findTitle('Eva Lind', 'Crowds marched against governor Eva Lind.', true)?.text).toBe('governor Eva Lind');
	});

	it('reads a trade in -ist or -ician, or any noun after an age, before a name as a title, no "list"', () => {
		const organ = 'Cathedral organist Eleanor Marsh, 52, said she had practised every week.';
		expect(findTitle('Eleanor Marsh', organ)?.text).toBe('Cathedral organist Eleanor Marsh');
		expect(findTitle('Ada Roy', 'The paper quoted hospital physician Ada Roy.')?.text).toBe('physician Ada Roy');
		expect(findTitle('Ada Roy', 'The club will shortlist Ada Roy for the prize.')).toBeUndefined();
		expect(findTitle('Kieran Moss', 'One of them, 22-year-old deckhand Kieran Moss, broke a wrist.')?.text).toBe(
			'deckhand Kieran Moss',
		);
		const { shortAnswer } = floodReport(`${organ}\n\nThe organ was rebuilt for 1.2 million pounds.`);
		expect(shortAnswer('who is eleanor marsh', 'Eleanor Marsh').phrase.text).toBe('Cathedral organist Eleanor Marsh');
	});

	it('answers "Who is X?" with the descriptions around the title: one before it in commas, a clause of role after', () => {
		const choir = [
			'Village choir wins national prize',
			'The competition\'s head adjudicator, conductor Lionel Bassett, said the choir had sung "beautifully".',
			'"We need a hall of our own," said Councillor Imogen Hartley-Ross, who chairs the council\'s arts committee.',
			'The choir, founded in 1952, has 41 members and rehearses in the village school.',
		].join('\n\n');
		const report = parseReport('choir', choir);
		if (!report.ok) throw new Error(report.problem);
		const choirDesk = createFactdesk([report.report], {});
		expect(choirDesk.ask('who is lionel bassett').answer).toBe(
			"The competition's head adjudicator, conductor Lionel Bassett",
		);
		expect(choirDesk.ask('who is imogen hartley-ross').answer).toBe(
			"Councillor Imogen Hartley-Ross, who chairs the council's arts committee",
		);
	});

	it('answers "Who is <a role>?" with a person, not the whole sentence', () => {
		expect(desk.ask("who is Solvang's chief medical officer?").answer).toBe('Dr Helle Rasmussen');
	});

	it('gives what follows a name over a form of address before it ("Professor …, a sleep specialist at …")', () => {
		const { shortAnswer } = floodReport(
			'Professor Ines Maalouf, a flood engineer at Orvik Technical College, inspected the dam.\n\nProfessor Ola Dahl said the repairs would take weeks.',
		);
		expect(shortAnswer('who is ines maalouf', 'Ines Maalouf').phrase.text).toBe(
			'Ines Maalouf, a flood engineer at Orvik Technical College',
		);
		expect(shortAnswer('who is ola dahl', 'Ola Dahl').phrase.text).toBe('Professor Ola Dahl');
	});
});
