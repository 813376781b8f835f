import { describe, expect, it } from 'vitest';
import { roleUnnamedHere } from '../../src/core/roleUnnamedHere.ts';
import { newUserDesk, shippedDesk } from './shippedModel.ts';

function unnamed(question: string, sentence: string, name: string): boolean {
	const start = sentence.indexOf(name);
	return roleUnnamedHere(question, sentence, { start, end: start + name.length });
}

describe('roleUnnamedHere', () => {
	it('tells a role told of without its holder from one written beside a name', () => {
		const crash = 'Tessa Varga won the title on Sunday after the defending champion crashed on the bike course.';
		expect(unnamed('who is the defending champ', crash, 'Tessa Varga')).toBe(true);
		expect(unnamed('who is the defending champion', 'The defending champion, Ana Ribeiro, led.', 'Ana Ribeiro')).toBe(
			false,
		);
		const scientist = '"It was a lake," said Dr. Priya Raman, the mission\'s chief scientist.';
		expect(unnamed('who is the chief scientist', scientist, 'Priya Raman')).toBe(false);
		const pilot = 'The pilot was identified by the operator as Corin Maddox, 47.';
		expect(unnamed('who was the pilot', pilot, 'Corin Maddox')).toBe(false);
		const race = "Prentiss, 61, won the mayor's race in November.";
		expect(unnamed('who is the mayor', race, 'Prentiss')).toBe(false);
	});

	it('reads a role of three words, told of with words of its own before it ("the regional planning minister")', () => {
		const letters = 'Carrow spoke at a meeting and wrote two letters to the regional planning minister supporting it.';
		expect(unnamed('who is the regional planning minister', letters, 'Carrow')).toBe(true);
		expect(unnamed('who is the planning minister', letters, 'Carrow')).toBe(true);
		const named = 'Carrow wrote to the regional planning minister, Ines Dahl, twice.';
		expect(unnamed('who is the regional planning minister', named, 'Carrow')).toBe(false);
	});

	it('reads a role owned by a thing ("the orchestra\'s insurer") and declines a speaker who only mentions it', () => {
		const insurer = 'Holmberg said it would try to recover part of the money through its insurer.';
		expect(unnamed("who is the orchestra's insurer", insurer, 'Holmberg')).toBe(true);
		const named = 'The orchestra said its insurer, Nordvik Mutual, would pay for the cancelled dates.';
		expect(unnamed("who is the orchestra's insurer", named, 'Nordvik Mutual')).toBe(false);
		expect(newUserDesk('nu16-').ask("who is the orchestra's insurer").answered).toBe(false);
	});

	it('answers "who is the defending champion" with the one the report names so, not the winner beside the role', () => {
		const desk = shippedDesk(
			'sculls-final',
			[
				'Unheralded rower wins national sculls title',
				'LAKE OSTBY, Norvale, May 4 — Mara Lindqvist, a 22-year-old student who was ranked 19th at the start of the season, won the national single sculls title on Sunday, finishing three seconds clear after the defending champion capsized in the final 300 metres.',
				'The defending champion, Helena Brask of Vallmo Rowing Club, led at the halfway mark in 3 minutes 41 seconds and was part of a group of four boats that pulled away early.',
				'Lindqvist, who took up rowing only four years ago, said she had not expected to reach the final.',
			].join('\n\n'),
		);
		const answer = desk.ask('who is the defending champ');
		expect(answer.answer).toContain('Helena Brask');
	});
});
