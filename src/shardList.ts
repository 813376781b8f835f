/**
 * Parses SHARD_LIST: shard ids and inclusive ranges separated by commas, e.g. `0,1` or `2-3` or `0,4-6`.
 * Returns the ids sorted and without duplicates, or undefined when the text is not such a list or names an id of
 * `limit` or more (checked before a range is expanded, so `0-999999999` is refused without building it).
 *
 * @example
 * parseShardList('4-5, 0', 1024); // [0, 4, 5]
 * parseShardList('3-1', 1024); // undefined
 */
export function parseShardList(text: string, limit: number): number[] | undefined {
	const ids = new Set<number>();
	for (const part of text.split(',')) {
		const match = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
		if (!match?.[1]) return undefined;
		const first = Number(match[1]);
		const last = match[2] === undefined ? first : Number(match[2]);
		if (last < first || last >= limit) return undefined;
		for (let id = first; id <= last; id++) ids.add(id);
	}
	return [...ids].sort((a, b) => a - b);
}
