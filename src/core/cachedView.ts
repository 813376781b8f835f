/** Sentences, paragraphs and reports made into objects lately asked for; beyond this many the cache starts over. */
export const VIEW_CACHE = 256;

/** The view kept for `index` (lately made, or pinned), else a new one, kept while among the last few made. */
export function cachedView<V>(views: Map<number, V>, pinned: ReadonlyMap<number, V>, index: number, make: () => V): V {
	let view = views.get(index) ?? pinned.get(index);
	if (!view) {
		if (views.size >= VIEW_CACHE) views.clear();
		view = make();
		views.set(index, view);
	}
	return view;
}
