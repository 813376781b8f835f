/**
 * The last word of a name of a street, a stretch of land or water, a building of transport, or an event or a prize:
 * "Moss Lane", "Kingsgate Avenue", "South Island", "Fennick Road", "Corrandale City Marathon", "Carrow Prize".
 */
const PLACE_OR_EVENT_END =
	/^(?:\p{Lu}[\p{L}'’.-]*\s+)+(?:Road|Street|Avenue|Lane|Drive|Crescent|Terrace|Boulevard|Square|Island|Islands|River|Valley|Depot|Airport|Marathon|Cup|Prize|Award|Trophy|Festival|Championships?)$/u;

/**
 * Whether a name of more than one word, each capitalised, names a place or an event, not anyone who does anything: no answer to "who".
 * A person's name with such a surname ("Lois Lane") is told apart by the caller, from the kind the facts gave it.
 *
 * @example
 * namesPlaceOrEvent('Moss Lane'); // true
 * namesPlaceOrEvent('Oskar Lindqvist'); // false
 */
export function namesPlaceOrEvent(name: string): boolean {
	return PLACE_OR_EVENT_END.test(name);
}
