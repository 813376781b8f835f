import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type RankerModel, RankerModelSchema } from '../core/RankerModel.ts';

/** The model file `npm run train` writes, shipped with the project. */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../models/ranker.json', import.meta.url));

/** The learned ranking model, or why it cannot be used (the engine then ranks by hand). */
export type LoadedModel = { model: RankerModel; problem?: undefined } | { model?: undefined; problem: string };

/**
 * Reads and checks the learned ranking model (scripts/train.ts writes it); never throws.
 *
 * @example
 * const loaded = loadRankerModel();
 * if (!loaded.model) logger.warn(loaded.problem);
 */
export function loadRankerModel(path = DEFAULT_MODEL_PATH): LoadedModel {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		return {
			problem: `the ranking model ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
		};
	}
	try {
		const parsed = RankerModelSchema.safeParse(JSON.parse(text));
		if (parsed.success) return { model: parsed.data };
		return { problem: `the ranking model ${path} is invalid: ${parsed.error.issues[0]?.message ?? 'unknown problem'}` };
	} catch {
		return { problem: `the ranking model ${path} is not JSON` };
	}
}
