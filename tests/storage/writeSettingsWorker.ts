// Test helper run as a child process, standing in for one shard: opens the settings store the way a shard does
// (openSettingsStore: a SQLite file, or PostgreSQL when the target is a postgres:// URL), writes settings and prints
// "ack N" after each write resolves.
// Usage: node --import tsx tests/storage/writeSettingsWorker.ts <dbPath|postgresUrl> <prefix> <count> (runWriteWorker
// runs it bundled, in plain node)
import { openSettingsStore } from '../../src/storage/openSettingsStore.ts';

const [target = '', prefix = 'w', countText = '100'] = process.argv.slice(2);
const isUrl = /^postgres(ql)?:\/\//.test(target);
const store = await openSettingsStore(isUrl ? { databaseUrl: target, databasePath: '' } : { databasePath: target });
process.stdout.write('ready\n');
for (let i = 0; i < Number(countText); i++) {
	await store.setChannelMode('guild', `${prefix}-${i}`, i % 2 ? 'auto' : 'mention');
	await store.logUnanswered('guild', `question ${prefix} ${i}`);
	process.stdout.write(`ack ${i}\n`);
}
await store.close();
