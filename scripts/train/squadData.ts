/** SQuAD training files: reading them, and splitting articles into training and held-out sets. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { createRandom, shuffle } from '../../bench/textVariants.ts';
import type { Report } from '../../src/core/types.ts';
import { parseReport } from '../../src/reports/parseReport.ts';

const SquadSchema = z.object({
	data: z.array(
		z.object({
			title: z.string(),
			paragraphs: z.array(
				z.object({
					context: z.string(),
					qas: z.array(
						z.object({
							question: z.string(),
							is_impossible: z.boolean().optional(),
							answers: z.array(z.object({ text: z.string() })),
						}),
					),
				}),
			),
		}),
	),
});
export type SquadArticle = z.infer<typeof SquadSchema>['data'][number];

/** A question with the report it is about and its gold answers; none when it has no answer in that report. */
export interface Question {
	question: string;
	golds: string[];
	/** Id of the report the question was written for. */
	report: string;
	/** Index of the article's paragraph it was written for. */
	paragraph: number;
}

/** Reads a SQuAD JSON file, gzipped or not. */
export function readSquad(path: string): SquadArticle[] {
	const raw = readFileSync(path);
	const text = (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
	return SquadSchema.parse(JSON.parse(text)).data;
}

/** An article as one report, the way ../shared/eval/grade.py writes it: a slug of its title, paragraphs apart. */
export function articleReport(
	article: SquadArticle,
	paragraphs = article.paragraphs.length,
	keep: (paragraph: number) => boolean = () => true,
): Report {
	const slug =
		article.title
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '') || 'article';
	const text = article.paragraphs
		.slice(0, paragraphs)
		.filter((_, i) => keep(i))
		.map((p) => p.context.trim())
		.join('\n\n');
	const parsed = parseReport(slug, text);
	if (!parsed.ok) throw new Error(`${article.title}: ${parsed.problem}`);
	return parsed.report;
}

/** The questions of an article's first `paragraphs` paragraphs, asked of its report. */
export function articleQuestions(article: SquadArticle, report: string, paragraphs = article.paragraphs.length) {
	return article.paragraphs.slice(0, paragraphs).flatMap((p, paragraph) =>
		p.qas.map(
			(qa): Question => ({
				paragraph,
				question: qa.question.split(/\s+/).join(' ').trim(),
				golds: qa.is_impossible ? [] : qa.answers.map((a) => a.text),
				report,
			}),
		),
	);
}

/** SQuAD's answer normalisation, as grade.py does it: lowercase, no punctuation, no articles, single spaces. */
export function normaliseAnswer(text: string): string {
	return text
		.toLowerCase()
		.replace(/[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~‘’“”]/g, '')
		.replace(/\b(a|an|the)\b/g, ' ')
		.split(/\s+/)
		.filter(Boolean)
		.join(' ');
}

/** Whether a quoted sentence holds one of the gold answers (grade.py's test of a right answer). */
export function holdsAnswer(quote: string, golds: readonly string[]): boolean {
	const said = normaliseAnswer(quote);
	return golds.some((g) => {
		const gold = normaliseAnswer(g);
		return gold.length > 0 && said.includes(gold);
	});
}

/**
 * The training files' articles: SQuAD 1.1's shuffled with `seed`, its first `heldOut` kept out of training, and the
 * SQuAD 2.0 part. An article the report loader would refuse (a replacement character reads as binary) is left out.
 */
export function splitArticles(dir: string, seed: number, heldOut: number) {
	const readable = (a: SquadArticle) =>
		a.paragraphs.every((p) => !p.context.includes('\u0000') && !p.context.includes('\uFFFD'));
	const all = shuffle(readSquad(join(dir, 'squad1-train.json.gz')).filter(readable), createRandom(seed));
	return {
		squad1: all.slice(heldOut),
		heldOut: all.slice(0, heldOut),
		squad2: readSquad(join(dir, 'squad2-train-part.json.gz')).filter(readable),
	};
}
