import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { datelineEnd } from './pickClause.ts';
import { PLACE_HEADS } from './vocabulary.ts';

/** "Which firm…", "what company…": a business asked, which no place is (unlike a school or a club, named by one). */
const ASKS_FIRM =
	/^\s*(?:what|which)\s+(?:[\p{Ll}-]+\s+)?(?:company|companies|firm|firms|airline|airlines|carrier|manufacturer|maker|supplier|contractor|insurer|operator|broadcaster|publisher|brewery|developer|builder)\b/iu;

/** Last words that make a name a place or a building, besides PLACE_HEADS: "Glenfield Ice Centre", "Ashby Crescent". */
const SITE_HEADS = new Set([
	'Centre',
	'Center',
	'Crescent',
	'Lane',
	'Hill',
	'Gardens',
	'Terrace',
	'Green',
	'Moor',
	'Vale',
]);

/**
 * Whether the name `picked`, given for "which company…", is a place, not a firm, though the facts did not call it
 * one (a place they did is answered so in whoAnswer): its last word is a place's or a building's ("Glenfield Ice
 * Centre"), or the report's dateline gives it as the story's place ("LANGMOOR, North Fenshire — " for "North
 * Fenshire"). `reportText` gives the report's text (read only then).
 *
 * @example
 * placeForFirm('which company lost the contract', { text: 'North Fenshire', start: 40, end: 54, typed: true }, () => 'LANGMOOR, North Fenshire, Wed. 3 — A hospital trust…'); // true
 */
export function placeForFirm(question: string, picked: AnswerPhrase, reportText: () => string): boolean {
	if (!picked.typed || !ASKS_FIRM.test(question)) return false;
	const last = picked.text.trim().split(/\s+/).at(-1) ?? '';
	if (/\s/.test(picked.text.trim()) && (PLACE_HEADS.has(last) || SITE_HEADS.has(last))) return true;
	const story = reportText()
		.split(/\n+/)
		.map((line) => line.slice(0, datelineEnd(line)))
		.find((dateline) => dateline.length > 0);
	return story?.toLowerCase().includes(picked.text.toLowerCase()) === true;
}
