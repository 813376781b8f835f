import type { DeletionTable } from './deletionIndex.ts';

/** The typo corrector's deletion table, with the shortest word length it was made for. */
export type TypoTable = DeletionTable & { minLength: number };
