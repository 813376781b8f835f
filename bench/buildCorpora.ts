/** Benchmark corpora: the seed report and SQuAD paragraphs, copied with varied names and numbers, with questions. */
import { readFileSync } from 'node:fs';
import { normaliseAnswer } from '../scripts/train/squadData.ts';
import type { Report } from '../src/core/types.ts';
import { parseReport } from '../src/reports/parseReport.ts';
import { SEED_QUESTIONS } from './seedQuestions.ts';
import { applyVariation, createNameSource, createRandom, drawVariation, findNames, shuffle } from './textVariants.ts';

/** A question with the text its answer must quote and the report it must come from. */
export interface BenchQuestion {
	question: string;
	answers: string[];
	report: string;
}

export interface BenchCorpus {
	reports: Report[];
	questions: BenchQuestion[];
	/** Distinct questions before cycling up to the requested count. */
	distinctQuestions: number;
}

interface Template {
	slug: string;
	title: string;
	paragraphs: string[];
	qas: { question: string; answers: string[] }[];
}

/** Paragraphs of one SQuAD article that make one report, like a news report of a few paragraphs. */
const SQUAD_PARAGRAPHS_PER_REPORT = 4;

interface SquadFile {
	data: { title: string; paragraphs: { context: string; qas: SquadQa[] }[] }[];
}
interface SquadQa {
	question: string;
	is_impossible?: boolean;
	answers: { text: string }[];
}

function loadTemplates(): Template[] {
	const seedText = readFileSync('data/reports/energy-truce-strikes.txt', 'utf8');
	const seed = parseReport('energy-truce-strikes', seedText);
	if (!seed.ok) throw new Error(seed.problem);
	const templates: Template[] = [
		{ slug: 'energy', title: seed.report.title, paragraphs: seed.report.paragraphs, qas: [...SEED_QUESTIONS] },
	];
	const squad = JSON.parse(readFileSync('bench/data/squad2-dev-subset.json', 'utf8')) as SquadFile;
	for (const article of squad.data)
		for (let i = 0; i < article.paragraphs.length; i += SQUAD_PARAGRAPHS_PER_REPORT) {
			const group = article.paragraphs.slice(i, i + SQUAD_PARAGRAPHS_PER_REPORT);
			templates.push({
				slug: article.title.toLowerCase(),
				title: `${article.title} ${i / SQUAD_PARAGRAPHS_PER_REPORT + 1}`,
				paragraphs: group.map((p) => p.context.trim().replace(/\s+/g, ' ')),
				qas: group.flatMap((p) =>
					p.qas
						.filter((qa) => !qa.is_impossible && qa.answers.length > 0)
						.map((qa) => ({
							question: qa.question.split(/\s+/).join(' ').trim(),
							answers: qa.answers.map((a) => a.text),
						})),
				),
			});
		}
	return templates;
}

/**
 * Builds the first `size` reports of one fixed sequence (so a smaller corpus is a prefix of a larger one) and
 * `questionCount` questions about them, drawn without repetition while there are enough and cycled otherwise.
 * Report 0 is the seed report as published; every later report is a copy of a template (the seed report, or four
 * paragraphs of a SQuAD article) whose names are replaced by invented ones and numbers by others of the same size.
 * A question is kept only if it names something (after variation) of its own report: otherwise nothing tells
 * which copy it is about.
 */
export function buildCorpus(size: number, questionCount: number, seed = 20240501): BenchCorpus {
	const templates = loadTemplates();
	const random = createRandom(seed);
	const reserved = new Set(
		templates.flatMap((t) => t.paragraphs.flatMap((p) => p.toLowerCase().match(/\p{L}+/gu) ?? [])),
	);
	const nextName = createNameSource(random, reserved);
	const reports: Report[] = [];
	const pool: BenchQuestion[] = [];
	const namesOf = templates.map((t) => findNames(t.paragraphs));
	for (let k = 0; k < size; k++) {
		const template = templates[k % templates.length] as Template;
		const names = namesOf[k % templates.length] ?? [];
		const variation =
			k === 0
				? { names: new Map(names.map((n) => [n, n])), numbers: new Map<string, string>() }
				: drawVariation(names, template.paragraphs, random, nextName);
		const id = `${template.slug}-${String(k).padStart(4, '0')}`;
		reports.push({
			id,
			title: applyVariation(template.title, variation),
			paragraphs: template.paragraphs.map((p) => applyVariation(p, variation)),
		});
		const newNames = [...variation.names.values()];
		for (const qa of template.qas) {
			const question = applyVariation(qa.question, variation);
			const words = new Set(question.match(/\p{L}+/gu));
			if (!newNames.some((n) => words.has(n) || words.has(`${n}s`))) continue;
			pool.push({ question, answers: qa.answers.map((a) => applyVariation(a, variation)), report: id });
		}
	}
	const order = shuffle(pool, createRandom(seed + size));
	const questions = Array.from({ length: questionCount }, (_, i) => order[i % order.length] as BenchQuestion);
	return { reports, questions, distinctQuestions: order.length };
}

export { normaliseAnswer };
