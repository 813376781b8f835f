import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectExamples } from '../../scripts/train/collectExamples.ts';
import { writeReaderExamples } from '../../scripts/train/readerExamples.ts';
import { modelLexicon } from '../../src/core/modelLexicon.ts';
import { scoreLinear } from '../../src/core/RankerModel.ts';
import { loadRankerModel } from '../../src/engine/loadRankerModel.ts';

const model = loadRankerModel('tests/fixtures/ranker-small.json').model;
if (!model) throw new Error('the fixture model did not load');
const { vectors, antonyms } = modelLexicon(model);
const reports = [
	{
		id: 'harbour',
		title: 'Harbour ferry',
		paragraphs: [
			'The new ferry to Brindle Island entered service on Monday. It carries 240 passengers and 30 cars.',
			'The crossing takes 25 minutes, the harbour master said. Tickets cost 4 euros for adults.',
		],
	},
];
const questions = [
	{
		question: {
			question: 'How many passengers does the ferry carry?',
			golds: ['240'],
			report: 'harbour',
			paragraph: 0,
		},
	},
	{ question: { question: 'How long is the crossing?', golds: ['25 minutes'], report: 'harbour', paragraph: 1 } },
].map((q) => ({ ...q, kind: 'answerable' as const }));
const dir = mkdtempSync(join(tmpdir(), 'reader-examples-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeReaderExamples', () => {
	it('writes each question’s best candidates by the ranker, with their words, as collectExamples recorded them', async () => {
		const examples = [
			...collectExamples(0, reports, questions, vectors, antonyms),
			...collectExamples(4, reports, questions.slice(0, 1), vectors, antonyms),
		];
		const path = join(dir, 'examples.tsv');
		const { candidates, rows } = await writeReaderExamples(examples, model.ranker, 2, path);
		const lines = readFileSync(path, 'utf8').trim().split('\n');
		expect(lines[0]).toBe('qid\tval\tkind\tlogit\tright\tqw\tsw');
		expect(lines).toHaveLength(rows + 1);
		expect(candidates).toHaveLength(3);
		const parsed = lines.slice(1).map((line) => line.split('\t'));
		examples.forEach((example, qid) => {
			const logits = example.features.map((f) => scoreLinear(model.ranker, f));
			const mine = parsed.filter((row) => row[0] === String(qid));
			expect(mine.map((row) => Number(row[3]))).toEqual(
				[...logits].sort((a, b) => b - a).slice(0, Math.min(2, logits.length)),
			);
			for (const [k, row] of mine.entries()) {
				const chosen = candidates[qid]?.[k] ?? -1;
				expect(row[1]).toBe(qid === 2 ? '1' : '0');
				expect(row[4]).toBe(example.right[chosen] ? '1' : '0');
				expect(row[6]).toBe(example.reading.sentences[chosen]);
			}
		});
		const right = parsed.find((row) => row[0] === '0' && row[4] === '1');
		expect(right?.[5]).toContain('passengers');
		expect(right?.[6]).toContain('240');
	});
});
