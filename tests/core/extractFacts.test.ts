import { describe, expect, it } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { FactSchema } from '../../src/core/types.ts';
import { parseReport } from '../../src/reports/parseReport.ts';
import { loadFixtureReports } from './loadFixtureReports.ts';

const desk = createFactdesk(loadFixtureReports());
const seed = 'energy-truce-strikes';
const facts = (kind: Parameters<typeof desk.facts>[0] extends infer Q ? Q : never) => desk.facts(kind);

describe('extractFacts on the seed report', () => {
	it('finds counts with what is counted and the action', () => {
		const counts = facts({ kind: 'count', report: seed });
		expect(counts).toContainEqual(expect.objectContaining({ value: 72, subject: 'drones', detail: 'shot down' }));
		expect(counts).toContainEqual(expect.objectContaining({ value: 145, subject: 'drones', detail: 'launched' }));
		expect(counts).toContainEqual(expect.objectContaining({ value: 150, subject: 'drones' }));
	});

	it('finds casualties: the killed and the injured', () => {
		const casualties = facts({ kind: 'casualty', report: seed });
		expect(casualties).toContainEqual(expect.objectContaining({ value: 1, detail: 'killed' }));
		expect(casualties).toContainEqual(expect.objectContaining({ value: 14, detail: 'injured' }));
	});

	it('finds people with their roles', () => {
		const people = facts({ kind: 'person', report: seed });
		expect(people).toContainEqual(
			expect.objectContaining({ text: 'Volodymyr Zelensky', subject: 'Ukrainian President' }),
		);
		expect(people).toContainEqual(expect.objectContaining({ text: 'Vladimir Putin', subject: 'Russian President' }));
		expect(people).toContainEqual(expect.objectContaining({ text: 'Donald Trump', subject: 'US President' }));
	});

	it('finds places, including every place of a list', () => {
		const places = facts({ kind: 'place', report: seed }).map((f) => f.text);
		for (const place of ['Sumy', 'Odesa', 'Poltava', 'Dnipropetrovsk', 'Chernihiv', 'Jeddah', 'Finland']) {
			expect(places).toContain(place);
		}
	});

	it('finds organisations', () => {
		const organisations = facts({ kind: 'organisation', report: seed }).map((f) => f.text);
		expect(organisations).toEqual(
			expect.arrayContaining(['Kremlin', 'White House', 'Ukrainian Air Force', 'Ukrzaliznytsya']),
		);
	});

	it('finds dates and times, but no durations', () => {
		const dates = facts({ kind: 'date', report: seed }).map((f) => f.text);
		expect(dates).toEqual(expect.arrayContaining(['overnight', 'on Wednesday', 'on Sunday', 'Tuesday']));
		expect(dates).not.toContain('30-day');
	});

	it('keeps a quoted phrase inside a clause out of the quotes: every quote has its speaker', () => {
		const quotes = facts({ kind: 'quote', report: seed });
		expect(quotes.map((f) => f.text)).not.toContain('lack of will');
		for (const quote of quotes) expect(quote.subject).toBeTruthy();
	});

	it('says who gives a figure: the source an attribution names', () => {
		const counts = facts({ kind: 'count', report: seed });
		expect(counts.find((f) => f.value === 145)?.reportedBy).toBe('Ukrainian Air Force');
		expect(counts.find((f) => f.value === 150)?.reportedBy).toBe('Volodymyr Zelensky');
	});

	it('finds a quote and resolves "he said" to the person named before it', () => {
		const quote = facts({ kind: 'quote', report: seed }).find((f) => f.text.startsWith('Putin’s words'));
		expect(quote?.subject).toBe('Volodymyr Zelensky');
		expect(quote?.source.paragraph).toBe(4);
	});

	it('finds attributions', () => {
		const sources = facts({ kind: 'attribution', report: seed }).map((f) => f.subject);
		expect(sources).toEqual(expect.arrayContaining(['Ukrainian officials', 'Ukrainian Air Force']));
	});

	it('keeps every sentence as a claim, each with a valid source that points into its paragraph', () => {
		const claims = facts({ kind: 'claim', report: seed });
		expect(claims).toHaveLength(19);
		for (const fact of desk.facts({ kind: 'claim' })) {
			expect(FactSchema.safeParse(fact).success).toBe(true);
			const paragraph = desk.paragraph(fact.source.paragraph, fact.source.report).text;
			expect(paragraph.slice(fact.source.start, fact.source.end)).toBe(fact.source.quote);
		}
	});

	it('links figures that disagree: 150 drones against 145 drones, but not the 72 shot down', () => {
		const counts = facts({ kind: 'count', report: seed });
		const cited = counts.find((f) => f.value === 150);
		const reported = counts.find((f) => f.value === 145);
		const downed = counts.find((f) => f.value === 72);
		expect(cited?.conflicts).toEqual([reported?.id]);
		expect(reported?.conflicts).toEqual([cited?.id]);
		expect(downed?.conflicts).toEqual([]);
	});

	it('filters facts by words they are about', () => {
		const aboutDrones = desk.facts({ about: 'drones' });
		expect(aboutDrones.length).toBeGreaterThan(0);
		for (const fact of aboutDrones) expect(fact.source.quote.toLowerCase()).toContain('drone');
	});
});

describe('extractFacts on a second report', () => {
	it('finds a count conflict there too, and the union leader’s quote with its speaker', () => {
		const counts = facts({ kind: 'count', report: 'harbour-strike' });
		const ships = counts.filter((f) => f.subject?.endsWith('ships'));
		expect(ships.map((f) => f.value).sort()).toEqual([38, 42]);
		expect(ships.every((f) => f.conflicts.length === 1)).toBe(true);
		const quote = facts({ kind: 'quote', report: 'harbour-strike' })[0];
		expect(quote?.subject).toBe('Marta Lindqvist');
	});
});

describe('extractFacts across paragraphs', () => {
	it('gives a paragraph opening on a quotation with "he said" the person the paragraph before ended on', () => {
		const parsed = parseReport(
			'vellmar-vote',
			[
				'Mayor Henrik Baumann, who had led the city since 2009, conceded defeat on Sunday night.',
				'"The voters have spoken, and I respect their decision," he said.',
				'Turnout was 61 percent.\n\n"It was a long night," he said.',
			].join('\n\n'),
		);
		if (!parsed.ok) throw new Error(parsed.problem);
		const quotes = createFactdesk([parsed.report]).facts({ kind: 'quote' });
		expect(quotes.find((q) => q.text.startsWith('The voters'))?.subject).toBe('Henrik Baumann');
		// A paragraph that names nobody before its own quotation carries no speaker over.
		expect(quotes.find((q) => q.text.startsWith('It was'))?.subject).not.toBe('Henrik Baumann');
	});
});

describe('extractFacts: who "she said" means', () => {
	it('gives the quote to the one who spoke in the sentence before, not the one spoken of', () => {
		const parsed = parseReport(
			'quarry-permit',
			[
				'Quarry Permit Revoked',
				'The contractor, named by the council as Piet Vos, 51, was fined on Monday.',
				'Planning chief Ruth Ambler, 58, said inspectors found that Vos had dug 40 metres past the line. "This was no accident and it was no mistake," she told the council.',
				'Councillor Dana Ode praised the decision. "It is long overdue for the valley," she said.',
			].join('\n\n'),
		);
		if (!parsed.ok) throw new Error(parsed.problem);
		const quotes = createFactdesk([parsed.report]).facts({ kind: 'quote' });
		expect(quotes.find((q) => q.text.startsWith('This was'))?.subject).toBe('Ruth Ambler');
		expect(quotes.find((q) => q.text.startsWith('It is'))?.subject).toBe('Dana Ode');
	});
});
