import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, test } from 'vitest';
import type { EngineCall, EngineReply } from '../../src/engine/engineProtocol.ts';
import { serveEngine } from '../../src/engine/serveEngine.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** Serves the engine on one end of a channel and returns the other end's replies, awaitable one by one. */
function serve(dir: string, nice = false, warmUp?: number) {
	const { port1, port2 } = new MessageChannel();
	const replies: EngineReply[] = [];
	const waiting: ((reply: EngineReply) => void)[] = [];
	port2.on('message', (reply: EngineReply) => {
		const wake = waiting.shift();
		if (wake) wake(reply);
		else replies.push(reply);
	});
	const next = () =>
		new Promise<EngineReply>((resolve) => {
			const ready = replies.shift();
			if (ready) resolve(ready);
			else waiting.push(resolve);
		});
	const call = (message: EngineCall) => port2.postMessage(message);
	serveEngine(port1, {
		dir,
		cacheDir: '',
		cache: false,
		nice,
		coreDir: join(ROOT, 'src', 'core'),
		...(warmUp !== undefined && { warmUp }),
	});
	return { next, call, close: () => port1.close() };
}

describe('serveEngine', () => {
	let close = () => {};
	afterEach(() => close());

	test('posts progress then ready, answers calls in order, and keeps a UserError a user error', async () => {
		const served = serve(join(ROOT, 'tests', 'fixtures', 'reports'));
		close = served.close;
		let reply = await served.next();
		while (reply.type === 'progress') reply = await served.next();
		expect(reply).toMatchObject({ type: 'ready', reports: 2, fromCache: false });

		served.call({ id: 1, method: 'ask', args: ['How many drones were shot down?'] });
		served.call({ id: 2, method: 'paragraph', args: [999] });
		const answered = await served.next();
		expect(answered).toMatchObject({ type: 'result', id: 1 });
		expect(JSON.stringify(answered)).toContain('72');
		expect(await served.next()).toMatchObject({ type: 'result', id: 2, error: { user: true } });
	});

	for (const nice of [false, true])
		test(`warms up ${nice ? 'before ready (a reload)' : 'between calls after ready'} and answers the same`, async () => {
			const served = serve(join(ROOT, 'tests', 'fixtures', 'reports'), nice, 200);
			close = served.close;
			let reply = await served.next();
			while (reply.type === 'progress') reply = await served.next();
			expect(reply).toMatchObject({ type: 'ready', reports: 2 });
			served.call({ id: 1, method: 'ask', args: ['How many drones were shot down?'] });
			const answered = await served.next();
			expect(answered).toMatchObject({ type: 'result', id: 1, value: { answered: true } });
			expect(JSON.stringify(answered)).toContain('72');
		});

	test('a folder it cannot read is served as an engine with no reports that names the folder (at low priority)', async () => {
		const dir = join(ROOT, 'tests', 'fixtures', 'no-such-folder');
		const served = serve(dir, true);
		close = served.close;
		let reply = await served.next();
		while (reply.type === 'progress') reply = await served.next();
		expect(reply).toMatchObject({ type: 'ready', reports: 0, errors: [{ file: dir }] });
	});
});
