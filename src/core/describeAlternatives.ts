import type { AnswerContext } from './AnswerContext.ts';
import type { RankedSentence } from './rankSentences.ts';
import type { Alternative, SourceRef } from './types.ts';

/** A "did you mean" offer for a ranked sentence: the question it answers, or its opening words. */
export function toAlternative(context: AnswerContext, ranked: RankedSentence): Alternative {
	const source = context.corpus.sentence(ranked.index)?.ref as SourceRef;
	const question = context.questionsBySentence.get(ranked.index)?.[0] ?? preview(source.quote, 80);
	return { question, preview: preview(source.quote, 140), source };
}

/** Names near the question in the reports, else the reports' main topics, to offer when declining (options.closestTopics). */
export function closestTopics(ranked: RankedSentence[], context: AnswerContext): string[] {
	const topics: string[] = [];
	// "None of the passengers…", "Revenue rose…": one capitalised word opening a sentence is mostly no name, so it
	// comes after every other name offered (a real one, "Gazprom cut supplies…", still may).
	const openers: string[] = [];
	for (const r of ranked) {
		for (const m of context.mentions.of(r.index)) {
			if (m.type !== 'name' || topics.includes(m.text)) continue;
			const opening = m.start === 0 && !/\s/.test(m.text) && !/^\p{Lu}{2,}$/u.test(m.text);
			if (!opening) topics.push(m.text);
			else if (!openers.includes(m.text)) openers.push(m.text);
		}
		if (topics.length >= context.options.closestTopics) break;
	}
	const wanted = context.options.closestTopics;
	for (const topic of [...context.topics, ...openers]) {
		if (topics.length >= wanted) break;
		if (!topics.includes(topic)) topics.push(topic);
	}
	return topics.slice(0, wanted);
}

/** Cuts text at a word boundary, adding an ellipsis. */
export function preview(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}
