import { describe, expect, it } from 'vitest';
import { askedAgent } from '../../src/core/askedAgent.ts';
import { tokenize } from '../../src/core/tokenize.ts';

const agentOf = (question: string, sentence: string) => askedAgent(question, sentence, tokenize(sentence));

const SENTENCE = 'The Pine Hollow blaze, which was sparked by a downed power line on Friday, has burned 900 acres.';

describe('askedAgent', () => {
	it('gives the agent of the asked verb, or of a synonym of it, in the passive', () => {
		expect(agentOf('What sparked the blaze?', SENTENCE)?.text).toBe('a downed power line');
		expect(agentOf('what triggered the Pine Hollow blaze', SENTENCE)?.text).toBe('a downed power line');
	});

	it('gives none for another verb, or a sentence without an agent', () => {
		expect(agentOf('What burned the acres?', SENTENCE)).toBeUndefined();
		expect(agentOf('What sparked the blaze?', 'The blaze was sparked on Friday.')).toBeUndefined();
		expect(agentOf('Who sparked the blaze?', SENTENCE)).toBeUndefined();
	});
});
