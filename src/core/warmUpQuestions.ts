import type { Factdesk } from './Factdesk.ts';
import { STOPWORDS } from './tokenize.ts';

/**
 * The shapes of warm-up questions, every kind the engine answers differently: `{w}` is a run of the paragraph's words,
 * `{N}` a capitalised word of it, `{n}` a lowercase one, `{v}` a word of it ending in "ed" (the rules read such shapes:
 * "how many X did Y do", "what did X say about", "how long is the X").
 */
const SHAPES = [
	'What {w}',
	'When did {N} {v}',
	'Who {w}',
	'Where is {N}',
	'When {w}',
	'How long is the {N}',
	'Where {w}',
	'Who is {N}',
	'How many {w}',
	'How many {n} did {N} {v}',
	'Why {w}',
	'What did {N} say about {n}',
	'How much {w}',
	"What is the name of {N}'s {n}",
	'Which {w}',
	'Which {n} did {N} {v}',
	'What is the name of the {w}',
	'How much {n} does {N} {v}',
	'Who said {w}',
	'Why did {N} {v} the {n}',
	'What did {w}',
	'How old was {N}',
	'How long {w}',
	'Who accused {N} of {n}',
	'What year {w}',
	'How many {n} were {v} according to {N}',
	'Who is {w}',
	'What is {N} known as',
	'How old is {w}',
	'What language is spoken in {N}',
	'Did {w}',
	"Who was {N}'s {n}",
	'What happened to the {n}',
	'How far is {N} from the {n}',
	'What country is {N} in',
	'What percentage of {n} {v}',
];
/** A name for `{N}` (a capitalised word, stopwords such as a sentence's "In" left out), a noun for `{n}`. */
const NAME = /^\p{Lu}\p{Ll}+$/u;
const NOUN = /^\p{Ll}{4,}(?<!ed|ly)$/u;
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
		const question = fill(SHAPES[i % SHAPES.length] ?? '', words, from % 4, asked.join(' '));
		// Every fourth question is misspelt, on other shapes each time round the list (4 divides the count of shapes).
		const misspelt = (i + Math.floor(i / SHAPES.length)) % 4 === 3;
		questions.push(`${misspelt ? withLetterDropped(question) : question}?`);
	}
	return questions.slice(0, count);
}

/** The shape with its slots filled from the paragraph's words (those after `skip`), a fallback where none fits. */
function fill(shape: string, words: readonly string[], skip: number, run: string): string {
	const pick = (test: RegExp, fallback: string) =>
		words.slice(1 + skip).find((w) => test.test(w) && !STOPWORDS.has(w.toLowerCase())) ?? fallback;
	return shape
		.replace('{w}', run)
		.replace('{N}', pick(NAME, words[0] ?? 'it'))
		.replace('{n}', pick(NOUN, 'people'))
		.replace('{v}', pick(/^\p{Ll}{3,}ed$/u, 'do'));
}

/**
 * The question with the third letter dropped from its first word of six letters or more after the first, as members
 * type ("How many drnes…").
 */
function withLetterDropped(question: string): string {
	return question.replace(/(?<=\s)(\p{L}{2})\p{L}(\p{L}{3,})/u, '$1$2');
}
