import { describe, expect, it } from 'vitest';
import { asksSpeaker, namesAskedSpeaker, reportsSpeech, speechTopicCovered } from '../../src/core/findSpeaker.ts';
import { tokenize } from '../../src/core/tokenize.ts';
import { floodReport } from './floodReport.ts';

const stems = (text: string) => new Set(tokenize(text).map((t) => t.stem));

describe('speechTopicCovered', () => {
	const { ask } = floodReport();

	it('needs a word of what was said besides the speech verb', () => {
		const question = ask('Who reported the injuries?');
		expect(speechTopicCovered(question, stems('Water reached a school, the fire service reported.'))).toBe(false);
		expect(speechTopicCovered(question, stems('Four people were injured, the fire service reported.'))).toBe(true);
		expect(speechTopicCovered(ask('Who reported it?'), stems('The fire service reported.'))).toBe(true);
	});
});

describe('namesAskedSpeaker', () => {
	it('needs the asked speaker named as the one speaking, not spoken of after the verb', () => {
		expect(
			namesAskedSpeaker('What did the army say?', 'Critics condemned talks between the council and the army.'),
		).toBe(false);
		expect(namesAskedSpeaker('What did the critics say?', 'Critics condemned talks with the army.')).toBe(true);
		expect(namesAskedSpeaker('What did Holm say?', 'The bridge will reopen, said Anna Holm.')).toBe(true);
		expect(namesAskedSpeaker('What did Holm say?', 'Anna Holm toured the hospital.')).toBe(false);
		expect(namesAskedSpeaker('What was said?', 'The council warned of more rain.')).toBe(true);
		expect(namesAskedSpeaker('What did Holm say?', '“We will rebuild,” Holm said on Monday.')).toBe(true);
		expect(namesAskedSpeaker('What did Holm say?', '“We will rebuild,” she told Anna Holm.')).toBe(false);
		// After "said", a clause told ("said he had written to…") speaks of the names in it.
		const wrote = 'The MP, Owen Pryce, said he had written to the health secretary about it.';
		expect(namesAskedSpeaker('what did the health secretary say', wrote)).toBe(false);
		expect(namesAskedSpeaker('what did the health secretary say', '"We will act," said the health secretary.')).toBe(
			true,
		);
		expect(namesAskedSpeaker('What did the RFO say?', 'The flood office said the river would rise.')).toBe(false);
		expect(namesAskedSpeaker('What did the RFO say?', 'The flood office said the river would rise.', ['offic'])).toBe(
			true,
		);
	});

	it('reads "notes that", "states that" and "recommended by" as speech, but not "the United States" or "bank notes"', () => {
		expect(namesAskedSpeaker('What does Rosen say?', 'Rosen notes that the hip hop era influenced her style.')).toBe(
			true,
		);
		expect(
			namesAskedSpeaker(
				'What does the World Health Organization say?',
				'It is recommended by the World Health Organization.',
			),
		).toBe(true);
		expect(namesAskedSpeaker('What did Lee say?', 'Lee states that the book was never meant as a memoir.')).toBe(true);
		expect(namesAskedSpeaker('What did Lee say?', 'Lee moved to the United States in 1950.')).toBe(false);
		expect(namesAskedSpeaker('What did Lee say?', 'Lee kept notes of the trial in a diary.')).toBe(false);
		expect(namesAskedSpeaker('What did Lee say?', 'Lee moved to the United States that year.')).toBe(false);
		expect(namesAskedSpeaker('What did the EU say?', 'The EU has 27 member states that must ratify it.')).toBe(false);
		expect(namesAskedSpeaker('What did police say?', 'Police seized counterfeit notes that were printed.')).toBe(false);
		expect(namesAskedSpeaker('What did Toyota say?', 'Toyota recalled 1.2 million cars.')).toBe(false);
	});
});

describe('reportsSpeech and "who said" of a sentence that reports no words', () => {
	it('tells a sentence that reports words from one that only states', () => {
		expect(reportsSpeech('Rosen notes that her style is traditional.')).toBe(true);
		expect(reportsSpeech('“We will rebuild,” she said.')).toBe(true);
		expect(reportsSpeech('Right now, she is the heir-apparent diva of the USA — the reigning national voice.')).toBe(
			false,
		);
	});

	it('gives the name in a sentence that reports nobody\'s words the unsaid fit for "who said"', () => {
		const { context, shortAnswer } = floodReport(
			'Diva\n\nCritics praised the singer.\n\nRight now, she is the heir-apparent diva of the USA — the reigning national voice.',
		);
		expect(shortAnswer('Who said that she is the reigning national voice?', 'reigning national voice').fit).toBe(
			context.options.unsaidFit,
		);
		expect(shortAnswer('Who wrote that she is the reigning national voice?', 'reigning national voice').fit).not.toBe(
			context.options.unsaidFit,
		);
	});
});

describe('chooseShortAnswer for "who said" and "what did X say"', () => {
	const { context, shortAnswer } = floodReport();

	it('lowers the fit of a speaker who reported something else', () => {
		const other = shortAnswer('Who reported the injuries?', 'Ola Berg said');
		expect(other.fit).toBe(context.options.offTopicSpeechFit);
		const right = shortAnswer('Who reported the injuries?', 'according to local doctors');
		expect(right.fit).toBe(1);
		expect(right.phrase.text).toBe('local doctors');
	});

	it('reads "who thinks/believes" as a question for the speaker of the words, "he" resolved', () => {
		const { shortAnswer: short } = floodReport(
			'Dr Mikhail Voronov, a zoologist, said the earlier survey used other methods. "Some of the increase is simply that we looked harder," he said.',
		);
		expect(short('who thinks part of the increase is just that they looked harder', 'looked harder').phrase.text).toBe(
			'Mikhail Voronov',
		);
		// Only as the question's own verb, not in a relative clause of another question.
		expect(asksSpeaker('how old is the farmer who believes a wolf killed his sheep')).toBe(false);
		expect(asksSpeaker('who believes the wolf came back')).toBe(true);
		// Calling for help, or the police, is a deed; calling someone something is speech.
		expect(asksSpeaker('who called for help')).toBe(false);
		expect(asksSpeaker('who called the police')).toBe(false);
		expect(asksSpeaker("who called her a judge's judge")).toBe(true);
		const { shortAnswer } = floodReport(
			'The group sheltered in a byre, Brechin said, while the second warden, Callum Rhind, 24, called for help by satellite phone.',
		);
		expect(shortAnswer('who called for help', 'The group').phrase.text).toBe('Callum Rhind');
	});

	it('reads other verbs of saying ("joked", "promised", "vowed") and "which <person> joked" as asking the speaker', () => {
		const { shortAnswer: short } = floodReport(
			'Projectionist Gary Whitfield, 58, said staff had learned of the closures on Monday. "Some of us have been here longer than the popcorn machine," he said.',
		);
		expect(
			short('which staff member joked theyd been there longer than the popcorn machine', 'popcorn machine').phrase.text,
		).toBe('Gary Whitfield');
		for (const question of ['who promised a new pool', 'who vowed to fight on', 'which union leader complained'])
			expect(asksSpeaker(question)).toBe(true);
		expect(asksSpeaker('which team won the cup')).toBe(false);
	});

	it('lowers the fit of a sentence that only speaks of the asked speaker', () => {
		expect(shortAnswer('What did the army say?', 'Critics condemned').fit).toBe(context.options.unsaidFit);
	});
});

describe('chooseShortAnswer for "what did the <title> say"', () => {
	it('takes a quote of the one whose title stands before their name, and not of another', () => {
		const { shortAnswer } = floodReport(
			'"We found angels under the paint," said chief restorer Zsofia Bartok, 58.\n\n"It is a disgrace," said Mayor Ivo Sand.',
		);
		expect(shortAnswer('what did the chief restorer say they found', 'found angels').fit).toBe(1);
		expect(shortAnswer('what did the chief restorer say they found', 'disgrace').fit).toBeLessThan(1);
	});

	it('takes a quote of the one described in apposition after their name, and not of another', () => {
		const { shortAnswer } = floodReport(
			[
				'"It is a solid result," said Rajesh Menon, a physicist at Imperial College London who was not involved.',
				'"It is a gamble," said Ola Berg, a chemist at Oslo University.',
			].join('\n\n'),
		);
		expect(shortAnswer('what did the imperial college physicist say', 'solid result').fit).toBe(1);
		expect(shortAnswer('what did the imperial college physicist say', 'a gamble').fit).toBeLessThan(1);
	});

	it('takes a "she said" quote of the one whose title an earlier sentence gives, a people\'s word for its country', () => {
		const { shortAnswer } = floodReport(
			[
				'Senegal\'s fisheries minister, Aminata Diallo Sow, 48, welcomed the decision. "Our fishermen have told us for years," she said.',
				'Mayor Ivo Sand, 61, opened the port. "It is a disgrace," he said.',
			].join('\n\n'),
		);
		expect(shortAnswer('what did the senegalese minister say about the fishermen', 'told us for years').fit).toBe(1);
		expect(shortAnswer('what did the senegalese minister say about the fishermen', 'disgrace').fit).toBeLessThan(1);
	});
});
