import type { Factdesk } from './Factdesk.ts';

/** How questions open in the warm-up: every kind the engine answers differently. */
const OPENINGS = [
	'What',
	'Who',
	'When',
	'Where',
	'How many',
	'Why',
	'How much',
	'Which',
	'What is the name of the',
	'Who said',
	'What did',
	'How long',
	'What year',
	'Who is',
	'How old is',
	'Did',
];
const WORD = /\p{L}[\p{L}'’-]*/gu;
/** Openings whose suggestions (facts turned into questions) join the warm-up: autocomplete is slow, so only two. */
const SUGGESTED = ['how many', 'who'];

/**
 * `count` questions made from the reports' own paragraphs (spread over every report) and from the questions the
 * reports suggest, of every kind, some with a letter dropped as members type: asked once when an engine starts, they
 * let V8 compile the answering code before members ask (at 1,000 reports the first 200 questions of a fresh process
 * take up to 60 ms, later ones under 3 ms). Pure: the caller asks them.
 */
export function warmUpQuestions(desk: Factdesk, count: number): string[] {
	const questions: string[] = [];
	for (const opening of SUGGESTED) questions.push(...desk.suggest(opening, 4).filter((q) => q.length > opening.length));
	const paragraphs = desk
		.reports()
		.flatMap((report) =>
			Array.from({ length: report.paragraphs }, (_, i) => ({ report: report.id, paragraph: i + 1 })),
		);
	const step = Math.max(1, paragraphs.length / Math.max(1, count));
	for (let i = 0; questions.length < count && Math.floor(i * step) < paragraphs.length; i++) {
		const at = paragraphs[Math.floor(i * step)];
		if (!at) break;
		const words = desk.paragraph(at.paragraph, at.report).text.match(WORD) ?? [];
		const from = i % Math.max(1, words.length - 6);
		const asked = words.slice(from, from + 3 + (i % 5));
		if (i % 4 === 3) asked[0] = dropLetter(asked[0] ?? '');
		questions.push(`${OPENINGS[i % OPENINGS.length]} ${asked.join(' ')}?`);
	}
	return questions.slice(0, count);
}

function dropLetter(word: string): string {
	return word.length > 5 ? word.slice(0, 2) + word.slice(3) : word;
}
