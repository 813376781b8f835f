import type { FactQuery } from './Factdesk.ts';
import type { Fact } from './types.ts';

export function queryFacts(facts: Fact[], query: FactQuery): Fact[] {
	return facts.filter((f) => (!query.kind || f.kind === query.kind) && (!query.report || f.source.report === query.report));
}
