import type { BenchSystem } from './anchors.ts';
import { createFactdesk, loadRankerModel, WARM_UP_QUESTIONS, warmUpQuestions } from './shipped.ts';

/**
 * factdesk as shipped (the build, see shipped.ts): `createFactdesk(reports, { model }).ask(q)`; an answer declined
 * counts as no hit. The build includes the warm-up an engine thread does when it starts (WARM_UP_QUESTIONS questions
 * made from the reports), and that warm-up again after the bench's forced collections, which undo it (measure.ts).
 */
export const factdeskSystem: BenchSystem = {
	name: 'factdesk',
	build(reports) {
		const loaded = loadRankerModel();
		if (!loaded.model) throw new Error(loaded.problem);
		const desk = createFactdesk(reports, { model: loaded.model });
		const warmUp = () => {
			for (const question of warmUpQuestions(desk, WARM_UP_QUESTIONS)) desk.ask(question);
		};
		warmUp();
		const ask = (question: string) => {
			const answer = desk.ask(question);
			const source = answer.answered ? answer.sources[0] : undefined;
			return source ? { report: source.report, quote: source.quote } : undefined;
		};
		return Object.assign(ask, { warmUp });
	},
};
