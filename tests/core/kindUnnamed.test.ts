import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/core/findMentions.ts';
import { kindUnnamed } from '../../src/core/kindUnnamed.ts';
import { floodReport } from './floodReport.ts';
import { newUserDesk } from './shippedModel.ts';

const unnamed = (question: string, sentence: string) => kindUnnamed(question, sentence, findMentions(sentence));

describe('kindUnnamed', () => {
	it('takes a name between a count and the kind\'s plural for no name of them ("three other Wessmoor institutions")', () => {
		const sent = 'Kalindar will seek 64 objects held by three other Wessmoor institutions.';
		const wessmoor = {
			type: 'name' as const,
			text: 'Wessmoor',
			start: sent.indexOf('Wessmoor'),
			end: sent.indexOf('Wessmoor') + 8,
		};
		expect(kindUnnamed('which three institutions have the objects', sent, [wessmoor])).toBe(true);
		const one = 'Kalindar will seek 64 objects held by the Wessmoor institution.';
		const named = { ...wessmoor, start: one.indexOf('Wessmoor'), end: one.indexOf('Wessmoor') + 8 };
		expect(kindUnnamed('which institution has the objects', one, [named])).toBe(false);
	});

	it('reads a shortened kind by its whole word ("which lab" of "a laboratory in Copenhagen")', () => {
		const sent = 'DNA was extracted from the bone and sequenced at a laboratory in Copenhagen.';
		expect(kindUnnamed('which lab in copenhagen did the sequencing', sent, [])).toBe(true);
		expect(kindUnnamed('which lab did the sequencing', 'It was sequenced at the Kessler laboratory.', [])).toBe(false);
	});

	it('finds the kind asked written only indefinitely, with no name beside it', () => {
		expect(
			unnamed('which carmaker did the founder work for', 'The founder, a former engineer at a carmaker, wept.'),
		).toBe(true);
		expect(
			unnamed('which other districts have cut homework', 'Several other districts in the state have cut homework.'),
		).toBe(true);
	});

	it('reads a place beside the kind as no name of it, and asks "what <kind>" as "which" does', () => {
		const garage = 'The bag was taken from a car parked outside a petrol station on the edge of Dunmere.';
		expect(unnamed('which petrol station was the car parked at', garage)).toBe(true);
		expect(unnamed('which station was the car at', 'It was parked at the Esso station, a Dunmere landmark.')).toBe(
			false,
		);
		expect(unnamed('what company built the footbridge', 'The footbridge was built in 1962 by a local company.')).toBe(
			true,
		);
		expect(unnamed('what company built the footbridge', 'Harlan Steel, a local company, built it.')).toBe(false);
		expect(unnamed('what happened to the patient', 'A patient was taken to hospital.')).toBe(false);
		expect(unnamed('what film did he make', 'At 12 he made a short film entitled The Long Road.')).toBe(false);
		const renaming = 'The manager was behind the renaming of a station near a club.';
		expect(unnamed('what football club manager got a station renamed', renaming)).toBe(false);
	});

	it('finds the kind unsaid where it is only the place of someone ("a professor at the university")', () => {
		const study = 'The study was led by Sanna Heikkila, a professor of ecology at the university.';
		expect(unnamed('which university did the study', study)).toBe(true);
		expect(unnamed('which university did the study', 'She works at the University of Elsburg.')).toBe(false);
	});

	it('finds nothing unsaid where a name stands beside the kind, or the kind is definite, or no "which" is asked', () => {
		expect(unnamed('which carmaker did he work for', 'Volvo, a carmaker based in Sweden, hired him.')).toBe(false);
		expect(unnamed('which carmaker did he work for', 'He worked for a carmaker, Skoda, for years.')).toBe(false);
		expect(unnamed('which carmaker did he work for', 'The carmaker said he had left.')).toBe(false);
		expect(unnamed('what carmaker did he work for', 'He was an engineer at a carmaker.')).toBe(false);
		// A word that only ends in a kind ("factors": "actor") is none; "by 2019 the carmaker" is definite.
		expect(unnamed('which factors led to the collapse', 'Investigators blamed several factors, including rust.')).toBe(
			false,
		);
		expect(unnamed('which carmaker cut jobs', 'It said that by 2019 the carmaker had cut 3,000 jobs.')).toBe(false);
		// A kind a description answers, not a name: "a different route, along the river".
		expect(unnamed('which route did the crowd take', 'The crowd took a different route, along the river.')).toBe(false);
	});

	it('lowers the fit of such a sentence as an answer', () => {
		const { shortAnswer } = floodReport(
			"Satellite launch\n\nThe company's founder, a former engineer at a carmaker, wiped away tears as the satellites separated.",
		);
		expect(shortAnswer('which carmaker did the founder work for', 'carmaker').fit).toBeLessThan(0.5);
	});

	it('reads places and bodies that work, and members of bodies, as kinds a name answers', () => {
		expect(unnamed('which laboratory tested it', 'He sent one bottle to a laboratory, which found traces of it.')).toBe(
			true,
		);
		expect(unnamed('which conservatory is she going to', 'She will study at a music conservatory next year.')).toBe(
			true,
		);
		expect(unnamed('which lab tested it', 'It was tested at a lab, Fenwick Analytics, in May.')).toBe(false);
		const vote = 'The vote on the seven-member committee was 5 to 2, with two members preferring a smaller move.';
		expect(unnamed('which committee members voted against the cut', vote)).toBe(true);
		expect(unnamed('which members voted against', 'Two members, Ana Ruiz and Tom Berg, voted against.')).toBe(false);
	});

	it('reads a name the question gives as part of the kind, and "with the testing lab" as a place of someone', () => {
		const deal = 'Photonyx has signed a supply contract with a German carmaker worth about 600 million euros.';
		expect(unnamed('which german carmaker signed the deal', deal)).toBe(true);
		expect(unnamed('which carmaker signed the deal', 'It signed a contract with a carmaker, Audi, on Monday.')).toBe(
			false,
		);
		const lab = 'Voltera said it was working with the testing lab to understand how the cells had passed.';
		expect(unnamed('which testing lab certified the cells', lab)).toBe(true);
		expect(unnamed('which lab certified the cells', 'It was working with the Halden testing lab on the cells.')).toBe(
			false,
		);
	});

	it('reads "three of the worst-hit sites" as unnamed, a count in the question as words, places after a comma as names', () => {
		const sites = 'Members agreed to keep divers away from three of the worst-hit sites until December.';
		expect(unnamed('which 3 dive sites are being shut', sites)).toBe(true);
		expect(unnamed('which 3 dive sites are being shut', 'Divers must keep away from the Kelp Arch site.')).toBe(false);
		const cinemas = 'Starlight will keep operating its two remaining cinemas, in Ripley Bridge and Otterburn.';
		expect(unnamed('which 2 cinemas are staying open', cinemas)).toBe(false);
		expect(unnamed('which 2 cinemas are staying open', 'Starlight will keep two of its cinemas open.')).toBe(true);
	});

	it('declines "which online auction site" of a report that never names the site', () => {
		// The new-user report where "advertised on an online auction site under a different name" was the answer, at 0.938.
		const answer = newUserDesk('nu98-').ask('which online auction site were the plants advertised on');
		expect(answer.answered).toBe(false);
	});
});
