// Test helper run as a child process: writes settings to a database file and prints "ack N" after each write returns.
// Usage: node --import tsx tests/storage/writeSettingsWorker.ts <dbPath> <prefix> <count>
import { SqliteSettingsStore } from '../../src/storage/SqliteSettingsStore.ts';

const [path = '', prefix = 'w', countText = '100'] = process.argv.slice(2);
const store = new SqliteSettingsStore(path);
process.stdout.write('ready\n');
for (let i = 0; i < Number(countText); i++) {
	store.setChannelMode('guild', `${prefix}-${i}`, i % 2 ? 'auto' : 'mention');
	store.logUnanswered('guild', `question ${prefix} ${i}`);
	process.stdout.write(`ack ${i}\n`);
}
store.close();
