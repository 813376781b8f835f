import type { Fact } from './types.ts';

export function suggestQuestions(_facts: Fact[], _partial: string, _limit: number): string[] {
	return [];
}
