import { describe, expect, it } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { findMentions } from '../../src/core/findMentions.ts';
import { ownerFine } from '../../src/core/ownerFine.ts';
import { shippedModelTuning } from './shippedModel.ts';

const sentence = 'Brightcart was fined 12 million euros and Velmo 7 million euros for sharing price lists.';
const fine = (question: string) => ownerFine(question, sentence, findMentions(sentence))?.text;

describe('ownerFine', () => {
	it("answers whose penalty is asked with the sum written after that one's name", () => {
		expect(fine("What was Brightcart's penalty?")).toBe('12 million euros');
		expect(fine("what was velmo's fine")).toBe('7 million euros');
		expect(fine("What was Velmo' penalty?")).toBe('7 million euros');
	});
	it('gives nothing for another question or a name with no sum after it', () => {
		expect(fine('What was the penalty?')).toBeUndefined();
		expect(fine("What was Kessel's penalty?")).toBeUndefined();
	});
	it('is the short answer of the engine', () => {
		const desk = createFactdesk([{ id: 'fines', title: 'Fines', paragraphs: [sentence] }], shippedModelTuning());
		expect(desk.ask("What was Velmo's penalty?").answer).toBe('7 million euros');
	});
});
