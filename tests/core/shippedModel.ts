import type { EngineTuning } from '../../src/core/createFactdesk.ts';
import { loadRankerModel } from '../../src/engine/loadRankerModel.ts';

/** The engine's tuning as shipped: the learned model in models/ (a test fails loudly if it cannot be loaded). */
export function shippedModelTuning(): EngineTuning {
	const loaded = loadRankerModel();
	if (!loaded.model) throw new Error(loaded.problem);
	return { model: loaded.model };
}
