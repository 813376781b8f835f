/**
 * "Where on the boat…", "where in the hotel…", "where on his body…": a spot inside a thing the question names by a
 * common noun, not a place a name answers ("where in Norway", "where on the coast").
 */
const WHERE_PART =
	/^\s*where\s+(?:on|in|inside|at|about)\s+(?:the|his|her|its|their|a|an|that|this)\s+(\p{Ll}[\p{Ll}-]+)\b/u;
/** Things whose spots have names of their own: a coast, a country, a town, a region. */
const NAMED_SPOTS =
	/^(?:coast|coastline|country|world|city|town|village|region|state|county|province|district|area|island|islands|map|north|south|east|west|capital|valley|mountains?|park|river|sea|ocean|lake|bay|border|league|table|standings|rankings?|charts?|list|order|race|field)$/u;

/**
 * The thing a "where on/in the <thing>" question asks a spot of ("boat" of "where on the boat did the fire start"),
 * or undefined when it asks no such spot.
 *
 * @example
 * partAsked('where on the boat did the fire start'); // 'boat'
 * partAsked('where in norway did they come from'); // undefined
 */
export function partAsked(question: string): string | undefined {
	const thing = WHERE_PART.exec(question)?.[1];
	return thing && !NAMED_SPOTS.test(thing) ? thing : undefined;
}

/**
 * Whether an answer to "where on/in the <thing>" is a name that is no part of the thing: "Wend Canal" for "where on
 * the boat did the fire start", where "in the rear cabin" answers.
 *
 * @example
 * nameOutsidePart('Wend Canal', 'boat'); // true
 * nameOutsidePart('the rear cabin', 'boat'); // false
 */
export function nameOutsidePart(answer: string, thing: string): boolean {
	const text = answer.replace(/^(?:in|on|at|inside|near|the)\s+/iu, '');
	return /^\p{Lu}/u.test(text) && !text.toLowerCase().includes(thing);
}
