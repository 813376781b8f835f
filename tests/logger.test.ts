import { spawnSync } from 'node:child_process';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.ts';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.secret-token-value_abc';

function collector(): { stream: Writable; lines: () => Record<string, unknown>[]; text: () => string } {
	const chunks: string[] = [];
	const stream = new Writable({
		write(chunk, _encoding, callback) {
			chunks.push(chunk.toString());
			callback();
		},
	});
	const text = () => chunks.join('');
	const lines = () =>
		text()
			.split('\n')
			.filter(Boolean)
			.map((line) => JSON.parse(line) as Record<string, unknown>);
	return { stream, lines, text };
}

describe('createLogger', () => {
	it('GIVEN level warn THEN info lines are dropped and warn lines are written as JSON', () => {
		const out = collector();
		const logger = createLogger('warn', { destination: out.stream });
		logger.info('quiet');
		logger.warn({ file: 'a.md' }, 'loud');
		expect(out.lines()).toEqual([expect.objectContaining({ level: 40, file: 'a.md', msg: 'loud' })]);
	});

	it('GIVEN token-like fields THEN they are redacted', () => {
		const out = collector();
		const logger = createLogger('info', { destination: out.stream });
		logger.info({
			token: TOKEN,
			config: { discordToken: TOKEN },
			request: { headers: { authorization: `Bot ${TOKEN}` } },
		});
		expect(out.text()).not.toContain('secret-token-value');
		expect(out.lines()[0]).toMatchObject({ token: '[redacted]', config: { discordToken: '[redacted]' } });
	});

	it('GIVEN a known secret inside a message or an error THEN it is scrubbed from the line', () => {
		const out = collector();
		const logger = createLogger('info', { destination: out.stream, secrets: [TOKEN, undefined] });
		logger.error({ err: new Error(`login failed for ${TOKEN}`) }, `token was ${TOKEN}`);
		expect(out.text()).toContain('login failed for [redacted]');
		expect(out.text()).not.toContain(TOKEN);
	});

	it('GIVEN no destination THEN lines go to standard error and standard output stays empty', () => {
		const script = "import { createLogger } from './src/logger.ts'; createLogger('info').info('to stderr');";
		const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
			encoding: 'utf8',
		});
		expect(result.status).toBe(0);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain('"msg":"to stderr"');
	});

	it('GIVEN pretty (a terminal) THEN pino-pretty lines, not JSON, still on standard error and still scrubbed', () => {
		const script = `import { createLogger } from './src/logger.ts';
			createLogger('info', { pretty: true, secrets: ['${TOKEN}'] }).info({ command: 'ask' }, 'token ${TOKEN}');`;
		const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
			encoding: 'utf8',
			env: { ...process.env, NO_COLOR: '1' },
		});
		expect(result.status).toBe(0);
		expect(result.stdout).toBe('');
		expect(result.stderr).toMatch(/INFO.*token \[redacted\]/);
		expect(result.stderr).toContain('command: "ask"');
		expect(result.stderr).not.toContain('{"level"');
		expect(result.stderr).not.toContain(TOKEN);
	});
});
