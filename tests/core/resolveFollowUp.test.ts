import { describe, expect, test } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { FollowUpMemory } from '../../src/core/FollowUpMemory.ts';
import { FOLLOW_UP_TTL_MS, resolveFollowUp } from '../../src/core/resolveFollowUp.ts';
import { loadReports } from '../../src/reports/loadReports.ts';

const at = 1_000_000;
const previous = (question: string, when = at) => ({ asked: question, resolved: question, at: when });
const drones = previous('how many drones were shot down?');

describe('resolveFollowUp', () => {
	test.each([
		['and how many were launched?', 'how many drones were launched?'],
		['who said that?', 'who said drones were shot down?'],
		['where?', 'where drones were shot down?'],
		['when was that?', 'when drones were shot down?'],
		['what about missiles?', 'how many missiles were shot down?'],
		['and injured?', 'how many drones were injured?'],
	])('after "how many drones were shot down?", %j reads as %j', (question, expected) => {
		expect(resolveFollowUp(question, drones, at + 1000)).toEqual({ question: expected, followed: drones });
	});

	test('a pronoun takes the name the previous question asked about', () => {
		const said = previous('what did Zelensky say about Putin?');
		expect(resolveFollowUp('where was he?', said, at).question).toBe('where was Zelensky?');
	});

	test('a count without its noun takes the noun of a previous count with no auxiliary ("how many people died…")', () => {
		const died = previous('How many people died in the ferry accident?');
		expect(resolveFollowUp('and how many were rescued?', died, at).question).toBe('how many people were rescued?');
	});

	test('"he" after a "who" question is the person its answer named', () => {
		const who = { ...previous('who is the spokesman?'), answer: 'Yusuf Latif' };
		expect(resolveFollowUp('what did he say?', who, at).question).toBe('what did Yusuf Latif say?');
		expect(resolveFollowUp('what did he say?', previous('who is the spokesman?'), at).question).toBe(
			'what did he say?',
		);
	});

	test('a new topic, no previous question, or one older than ten minutes leaves the question as it is', () => {
		for (const question of ['who is Donald Trump?', 'how many people were injured in Sumy?'])
			expect(resolveFollowUp(question, drones, at)).toEqual({ question });
		expect(resolveFollowUp('where?', undefined, at)).toEqual({ question: 'where?' });
		expect(resolveFollowUp('where?', drones, at + FOLLOW_UP_TTL_MS + 1)).toEqual({ question: 'where?' });
	});

	test('the engine answers the rewritten follow-up from the same subject', () => {
		const desk = createFactdesk(loadReports('tests/fixtures/fact-sheet').reports);
		const first = previous('how many homes were destroyed?');
		const { question } = resolveFollowUp('and how many residents were evacuated?', first, at);
		expect(desk.ask(question).answer).toContain('1,200');
		const launched = resolveFollowUp(
			'and how many were evacuated?',
			previous('how many residents were evacuated?'),
			at,
		);
		expect(launched.question).toBe('how many residents were evacuated?');
		const who = desk.ask(resolveFollowUp('who said that?', previous('how many homes were destroyed?'), at).question);
		expect(who.answered).toBe(true);
		expect(who.sources[0]?.paragraph).toBe(2);
	});
});

describe('FollowUpMemory', () => {
	test('recalls a conversation’s last question for ten minutes, then forgets it', () => {
		let now = at;
		const memory = new FollowUpMemory(() => now);
		memory.remember('c', drones);
		expect(memory.recall('c')).toEqual(drones);
		expect(memory.recall('other')).toBeUndefined();
		now = at + FOLLOW_UP_TTL_MS + 1;
		expect(memory.recall('c')).toBeUndefined();
	});
});
