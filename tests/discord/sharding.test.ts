/** SHARD_COUNT end to end: main.ts's ShardingManager and its shard processes against a two-shard stand-in. */
import { describe } from 'vitest';
import { shardingTests } from './e2e/sharding.ts';
import { SpecValidator } from './standIn/specValidator.ts';

describe('Discord bot with shards through the stand-in', () => {
	shardingTests(new SpecValidator());
});
