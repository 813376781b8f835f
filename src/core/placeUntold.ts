import { datelineEnd } from './pickClause.ts';

/** Whether `place` stands in the sentence's dateline and nowhere after it. */
export function onlyInDateline(place: string, quote: string): boolean {
	const end = datelineEnd(quote);
	const lower = place.toLowerCase();
	return (
		end > 0 && quote.slice(0, end).toLowerCase().includes(lower) && !quote.slice(end).toLowerCase().includes(lower)
	);
}

/**
 * Whether the sentence names `place` without saying where it lies: no "X, Region", "X in …", "X, north of …", "X is
 * in/lies…" and no "in X" it is the place of (a sentence that never names it says nothing of it either way).
 */
export function placeUntold(place: string, quote: string): boolean {
	const lower = quote.toLowerCase();
	const at = lower.indexOf(place.toLowerCase());
	if (at < 0) return false;
	const after = quote.slice(at + place.length, at + place.length + 40);
	return !PLACE_TOLD_AFTER.test(after) && !BASED_IN.test(quote.slice(at + place.length));
}

/** Where a body is based, after its name: "which is headquartered in Dublin", "at its headquarters in Castelbridge". */
const BASED_IN =
	/\b(?:based|headquartered|headquarters|head\s+office|registered)\s+in\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?:of\s+)?\p{Lu}/u;

/** What tells where a place lies, after its name: ", Veldmark", " in the north", ", north of", " lies", " is in". */
const PLACE_TOLD_AFTER =
	/^(?:[’']s\s+\p{L}+\s+(?:region|province|state|county|district)|,?\s+(?:in|near|on|off|outside|north|south|east|west|northern|southern|eastern|western|about|some|roughly)\b|,\s+\p{Lu}|\s+(?:is|lies|sits|stands|was|are)\s+(?:in|on|near|about|some|located|situated|roughly|\d))/u;
