import { describe, expect, test } from 'vitest';
import type { Answer, SourceRef } from '../../src/core/types.ts';
import { boldSpan, renderAnswer } from '../../src/discord/renderAnswer.ts';

const ref = (paragraph: number, quote: string, start = 0): SourceRef => ({
	report: 'truce',
	paragraph,
	sentence: 1,
	start,
	end: start + quote.length,
	quote,
});
const base: Answer = {
	question: 'How many drones?',
	type: 'count',
	answered: true,
	answer: '145 drones',
	confidence: 0.9,
	sources: [ref(5, 'Russia launched 145 drones overnight.')],
	highlight: [16, 26],
	conflicts: [],
	alternatives: [],
	closestTopics: [],
};
const view = { titleOf: (id: string) => (id === 'truce' ? 'Energy truce strikes' : id), threshold: 0.6 };

describe('renderAnswer', () => {
	test('GIVEN a highlight THEN the answering words are bold and the rest is escaped', () => {
		expect(boldSpan('a *b* 145 drones_x', [6, 16])).toBe('a \\*b\\* **145 drones**\\_x');
		expect(boldSpan('plain', [3, 99])).toBe('plain');
	});

	test('GIVEN conflicting figures THEN they are shown side by side, each with its source', () => {
		const answer = { ...base, conflicts: [{ text: '150 drones', source: ref(2, 'Zelensky cited 150 drones.') }] };
		const [, conflicts] = renderAnswer(answer, view).embeds ?? [];
		expect(conflicts?.fields?.map((f) => f.inline)).toEqual([true, true]);
		expect(conflicts?.fields?.[0]?.value).toContain('Energy truce strikes, paragraph 5');
		expect(conflicts?.fields?.[1]?.value).toContain('**150 drones**');
		expect(conflicts?.fields?.[1]?.value).toContain('Energy truce strikes, paragraph 2');
	});

	test('GIVEN a confident answer THEN only the Show paragraph button is offered', () => {
		const alternatives = [{ question: 'Who?', preview: 'p', source: ref(3, 'x') }];
		const reply = renderAnswer({ ...base, alternatives }, view);
		expect(reply.content).toBeUndefined();
		expect(reply.components).toHaveLength(1);
	});

	test('GIVEN a declined question with alternatives THEN it says not in the report, names topics, offers up to 3 distinct buttons', () => {
		const same = ref(3, 'Sentence three.', 10);
		const alternatives = [same, same, ref(4, 'a'), ref(6, 'b'), ref(7, 'c')].map((source, i) => ({
			question: `Question ${i}?`,
			preview: 'p',
			source,
		}));
		const declined: Answer = {
			...base,
			answered: false,
			answer: '',
			sources: [],
			alternatives,
			closestTopics: ['drones', 'Sumy'],
		};
		const reply = renderAnswer(declined, view);
		expect(reply.content).toBe('The report does not say. It does cover: drones, Sumy.');
		const ids = reply.components?.[0]?.components.map((b) => ('custom_id' in b ? b.custom_id : ''));
		expect(ids).toEqual(['alt:3:10:25:truce', 'alt:4:0:1:truce', 'alt:6:0:1:truce']);
	});
});
