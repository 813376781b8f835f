import { describe, expect, it } from 'vitest';
import {
	agentUnsaid,
	askedDoer,
	askedObject,
	askedPatient,
	doerReversed,
	whoDidParts,
} from '../../src/core/askedPatient.ts';
import { tokenize } from '../../src/core/tokenize.ts';
import { floodReport } from './floodReport.ts';

function patient(question: string, sentence: string): string | undefined {
	return askedPatient(question, sentence, tokenize(sentence))?.text;
}

describe('askedPatient', () => {
	it('answers "who was <verb>ed?" with whom the sentence says the verb was done to, with a description after it', () => {
		const sentence = 'Police have arrested one suspect, a 29-year-old man, and are searching for the other two.';
		expect(patient('Who was arrested?', sentence)).toBe('one suspect, a 29-year-old man');
		expect(patient('Who was killed?', 'The crash killed all four people on board.')).toBe('all four people on board');
		expect(patient('Who was fined?', 'The court fined the owner, a 1,200-hectare estate, on Monday.')).toBe(
			'the owner, a 1,200-hectare estate',
		);
	});

	it('reads a name ending like a participle as a name ("who is Helen Novak", "who is carmen ortega")', () => {
		const sentence = 'Helen Novak, 58, who runs the shelter, said Carmen Ortega had helped.';
		expect(patient('Who is Helen Novak?', sentence)).toBeUndefined();
		expect(patient('who is helen novak', sentence)).toBeUndefined();
		expect(patient('who is carmen ortega', sentence)).toBeUndefined();
		const { shortAnswer } = floodReport('Shelter\n\nThe shelter, run by the examiner, Helen Novak, 58, reopened.');
		expect(shortAnswer('who is helen novak', 'reopened').phrase.text).toContain('examiner');
	});

	it('gives nothing for a sentence in the passive, a noun made of the verb, or another question', () => {
		expect(patient('Who was arrested?', 'Two men were arrested on Friday.')).toBeUndefined();
		expect(patient('Who was rescued?', 'The rescue agency said the search went on.')).toBeUndefined();
		expect(patient('Who arrested him?', 'Police arrested two men.')).toBeUndefined();
	});
});

describe('agentUnsaid', () => {
	const unsaid = (question: string, sentence: string) => agentUnsaid(question, sentence, tokenize(sentence));

	it('says a "who did it" question is met by a passive that names no doer', () => {
		const blades = 'Investigators believe hacksaw blades were smuggled into the prison, possibly in food parcels.';
		expect(unsaid('who smuggled the hacksaw blades into the prison?', blades)).toBe(true);
		expect(unsaid('Who smuggled the blades?', 'The blades were smuggled in by two guards.')).toBe(false);
		expect(unsaid('Who smuggled the blades?', 'Two guards smuggled the blades in.')).toBe(false);
		expect(unsaid('Who considered it a loan word?', 'It is considered a loan word.')).toBe(false);
		expect(unsaid('Who was arrested?', blades)).toBe(false);
	});

	it('reads participles that are other words too ("has been found", "was hit")', () => {
		const film = 'A silent film has been found in rusting canisters in the attic of a house in Rosario.';
		expect(unsaid('Who found the film?', film)).toBe(true);
		expect(unsaid('Who found the film?', 'The film was found by an electrician, Martin Ibarra.')).toBe(false);
		expect(unsaid('Who hit the bus?', 'The bus was hit at a crossing on Monday.')).toBe(true);
	});

	it('takes the named source of a passive of paying for its doer ("was funded … from the Marsden Fund")', () => {
		const funded = 'The study was funded with 640,000 New Zealand dollars from the Marsden Fund.';
		expect(unsaid('who paid for the study', funded)).toBe(false);
		expect(unsaid('who paid for the study', 'The study was funded with 640,000 dollars.')).toBe(true);
		expect(unsaid('who paid for the bonus', 'The bonus was paid from March onwards.')).toBe(true);
		const smuggled = 'The blades were smuggled into the prison from Spain.';
		expect(unsaid('Who smuggled the blades?', smuggled)).toBe(true);
	});
});

describe('askedDoer', () => {
	it('tells the doer the question gives from the one it asks for', () => {
		expect(askedDoer('who did carver beat in his semi final', 'Liam Carver')).toBe(true);
		expect(askedDoer('who did carver beat in his semi final', 'Sem van Rijn')).toBe(false);
		expect(askedDoer('who did the court sentence', 'the Court of Appeal')).toBe(false);
	});

	it('lowers the fit of the doer named as the answer', () => {
		const { context, shortAnswer } = floodReport(
			'Darts\n\nSem van Rijn won the Masters on Sunday night, beating world number one Liam Carver 7-5.',
		);
		expect(shortAnswer('who did carver beat in his semi final', 'Sem van Rijn').fit).toBe(
			context.options.otherActorFit,
		);
	});
});

describe('askedObject', () => {
	const objectOf = (question: string, sentence: string) => askedObject(question, sentence, tokenize(sentence));

	it('reads the name in the object of the asked deed', () => {
		expect(objectOf('who did he beat in the final round?', 'He beat Norway’s Erik Lund in 38 moves.')?.text).toBe(
			'Norway’s Erik Lund',
		);
		expect(objectOf('who did the court sentence', 'The court sentenced Ana Pires to six years.')?.text).toBe(
			'Ana Pires',
		);
	});

	it('gives null when the object names nobody, and undefined when the sentence does not do the deed', () => {
		const lede = 'A 16-year-old won the open on Sunday, beating the world’s third-ranked player in the final round.';
		expect(objectOf('who did he beat in the final round?', lede)).toBeNull();
		expect(objectOf('who did he beat', 'Teen wins chess title, beating world No. 3 in final round')).toBeNull();
		expect(objectOf('who did he beat', 'He won the open on Sunday.')).toBeUndefined();
		expect(objectOf('Who won the open?', lede)).toBeUndefined();
	});

	it('reads "who will <deed> …" as asking the doer, and "who will the court sentence" as asking the object', () => {
		const sentence = 'Chief executive Marta Holm, who will lead the new group, said the merger made sense.';
		expect(objectOf('who will run the new group', sentence)).toBeUndefined();
		expect(objectOf('who will lead the new group', sentence)).toBeUndefined();
		expect(objectOf('who will the court sentence', 'The court will sentence Ana Pires on Monday.')?.text).toBe(
			'Ana Pires',
		);
		expect(objectOf('who have police arrested', 'Police have arrested Jan Novak, 42, over the fire.')?.text).toBe(
			'Jan Novak',
		);
		const mayor = 'Mayor Ann Lee has always opposed the Orvik dam.';
		expect(objectOf('who has always opposed the Orvik dam', mayor)).toBeUndefined();
	});
});

describe('chooseShortAnswer for "who did X <deed>"', () => {
	const { context, shortAnswer } = floodReport(
		'A 16-year-old won the open on Sunday, beating the world’s third-ranked player in the final round.\n\nHe beat Norway’s Erik Lund in 38 moves.',
	);

	it('answers with the name in the object, and gives an unnamed object the fit unnamedFit', () => {
		expect(shortAnswer('who did he beat', 'Erik Lund').phrase.text).toBe('Norway’s Erik Lund');
		expect(shortAnswer('who did he beat', 'third-ranked').fit).toBe(context.options.unnamedFit);
	});
});

describe('doerReversed', () => {
	const reversed = (question: string, sentence: string, picked: string) =>
		doerReversed(question, sentence, tokenize(sentence), sentence.indexOf(picked));

	it('finds the one asked about doing the deed to the one picked', () => {
		const won = 'Kurokaze clinched the title on Sunday, beating fellow ozeki Takayutaka.';
		expect(reversed('who beat kurokaze for his one loss', won, 'Takayutaka')).toBe(true);
		expect(reversed('who beat kurokaze', 'Takayutaka beat Kurokaze on day nine.', 'Takayutaka')).toBe(false);
	});

	it('leaves a passive, whose doer follows "by", and other questions alone', () => {
		const led = 'The Persians, defeated by Alexander at Issus, withdrew east.';
		expect(reversed('who defeated the persians', led, 'Alexander')).toBe(false);
		expect(reversed('who did kurokaze beat', 'Kurokaze beat Takayutaka.', 'Takayutaka')).toBe(false);
	});

	it('reads "Ruiz\'s coach, Ana Vidal" as the role Ana Vidal holds, no deed done to her; "training partner" is no trainer', () => {
		const coach = "Ruiz's coach, Ana Vidal, said he had run 200 km a week.";
		expect(reversed('who coaches ruiz', coach, 'Ana Vidal')).toBe(false);
		expect(reversed('who coaches ruiz', "Ruiz's coach Ana Vidal said so.", 'Ana Vidal')).toBe(false);
		const partner = "Ruiz's training partner, Ben Okoye, was third.";
		expect(reversed('who trains ruiz', partner, 'Ben Okoye')).toBe(true);
		const { shortAnswer } = floodReport(coach);
		expect(shortAnswer('who coaches ruiz', 'Ana Vidal')).toMatchObject({ phrase: { text: 'Ana Vidal' }, fit: 1 });
	});
});

describe('whoDidParts, a doer of several words', () => {
	const sentence =
		'The Tidewater Harbor Kings won the league championship on Saturday night, beating the Raleigh Foxes 112-108 in overtime.';

	it('takes the words the sentence writes as a name for the doer, and the deed after them', () => {
		expect(whoDidParts('who did the harbor kings beat', sentence)).toEqual({ doer: 'the harbor kings ', verb: 'beat' });
		expect(whoDidParts('who did he beat in the final', 'He beat Henrik Dahl.')).toEqual({ doer: 'he ', verb: 'beat' });
	});

	it('answers "who did the harbor kings beat" with whom they beat, and knows the Harbor Kings as the doer', () => {
		expect(askedObject('who did the harbor kings beat', sentence, tokenize(sentence))?.text).toBe('Raleigh Foxes');
		expect(askedDoer('who did the harbor kings beat', 'Tidewater Harbor Kings')).toBe(true);
		const { shortAnswer } = floodReport(sentence);
		expect(shortAnswer('who did the harbor kings beat', 'Raleigh Foxes').phrase.text).toBe('Raleigh Foxes');
	});
});

describe('"who got <done>", a passive', () => {
	it('is answered by whom it was done to, as "who was arrested" is', () => {
		const { shortAnswer } = floodReport(
			'Police in Agrigento said they had arrested two Tunisian men suspected of steering the boat.',
		);
		for (const question of ['who got arrested', 'who was arrested'])
			expect(shortAnswer(question, 'Agrigento').phrase.text).toBe('two Tunisian men suspected of steering the boat');
	});
});

describe('askedPatient, a long object', () => {
	it('gives the object up to its first preposition when the whole is too long', () => {
		const sentence =
			'WINDHOEK (Reuters) — Namibian police and wildlife rangers arrested 23 people in a week-long operation against a rhino poaching syndicate, the Ministry of Environment, Forestry and Tourism said on Thursday.';
		expect(askedPatient('who got arrested', sentence, tokenize(sentence))?.text).toBe('23 people');
	});
});
