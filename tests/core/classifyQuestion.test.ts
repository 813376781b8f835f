import { describe, expect, it } from 'vitest';
import { classifyQuestion, spelledWho } from '../../src/core/classifyQuestion.ts';

describe('classifyQuestion', () => {
	it.each([
		['how many drones were shot down?', 'count'],
		['How much water does the Aare give?', 'count'],
		['What share of the vote did Vargas get?', 'count'],
		['what % of nurses voted for the deal', 'count'],
		['What percent of homes lost power?', 'count'],
		['What per cent of homes lost power?', 'count'],
		['who is the Ukrainian president', 'who'],
		['Which organisation reported the figures?', 'who'],
		['where are the peace talks?', 'where'],
		['In which country is Jeddah?', 'where'],
		['when will the talks take place', 'when'],
		['What year did the flood happen?', 'when'],
		['what did Zelensky say about Putin?', 'quote'],
		['Did Russia break the truce?', 'yesno'],
		['was anyone killed', 'yesno'],
		['Why did the Kremlin blame Ukraine?', 'other'],
		['hey, how many people got hurt?', 'count'],
		['how heavy is the tortoise', 'count'],
		['how thick did the ice get', 'count'],
		['What is it called when a truce breaks down?', 'other'],
		['What happens when the river floods?', 'other'],
		['Where did he live when he was 21?', 'where'],
		['The flood lasted from when to when?', 'when'],
		['The town was founded in what century?', 'when'],
		['Who was mayor when the dam broke?', 'who'],
		['When the storm hit, how many homes lost power?', 'count'],
		['When Twilight Princess was released for Wii, in what hand did Aonuma wield his sword?', 'other'],
		['If the bill passes, when will it take effect?', 'when'],
		['When was the site discovered, and by whom?', 'when'],
		['When exactly did the strike start, and who called it?', 'when'],
		['When must the firm repay the loan, and to whom?', 'when'],
	] as const)('classifies "%s" as %s', (question, type) => {
		expect(classifyQuestion(question)).toBe(type);
	});
});

describe('classifyQuestion and the WHO', () => {
	it('reads the acronym WHO inside a question as a name, not as "who"', () => {
		expect(classifyQuestion('Has the WHO approved the vaccine?')).toBe('yesno');
		expect(classifyQuestion('What did the WHO say about the vaccine?')).toBe('quote');
		// "State" of a name, or a noun after "state", is no speech verb.
		expect(classifyQuestion('What did the State Council set up in 2008?')).toBe('other');
		expect(classifyQuestion('What did the report state about the cause?')).toBe('quote');
		expect(classifyQuestion('What did the court state?')).toBe('quote');
		expect(classifyQuestion('What did the governor state publicly?')).toBe('quote');
		expect(classifyQuestion('what did the state media report')).toBe('other');
		expect(classifyQuestion('WHO IS THE HEALTH MINISTER')).toBe('who');
		expect(classifyQuestion('Who approved the vaccine?')).toBe('who');
	});

	it('spells the acronym out for matching, and leaves "who" alone', () => {
		expect(spelledWho('Has the WHO approved it?')).toBe('Has the World Health Organization approved it?');
		expect(spelledWho('WHO APPROVED IT')).toBe('WHO APPROVED IT');
		expect(spelledWho('Who approved it, and who paid?')).toBe('Who approved it, and who paid?');
	});
});

describe('classifyQuestion for places in the plural', () => {
	it('asks for places with "which countries", "what cities"', () => {
		expect(classifyQuestion('Which countries offered help?')).toBe('where');
		expect(classifyQuestion('What cities were hit?')).toBe('where');
	});
});

describe('classifyQuestion for a person asked by role', () => {
	it('asks for a person with "which judge", "what Fiji player", "which chief executive"', () => {
		expect(classifyQuestion('which judge oversaw the recount')).toBe('who');
		expect(classifyQuestion('What Fiji player was sent off?')).toBe('who');
		expect(classifyQuestion('Which chief executive resigned?')).toBe('who');
		expect(classifyQuestion('which ministers quit before the vote')).toBe('who');
	});

	it('leaves openings that only look like one alone ("what general area", "what do farmers pay")', () => {
		expect(classifyQuestion('What general area was flooded?')).toBe('other');
		expect(classifyQuestion('what do farmers pay for the water')).toBe('other');
		expect(classifyQuestion("Which judge's ruling was overturned?")).toBe('other');
	});
});
