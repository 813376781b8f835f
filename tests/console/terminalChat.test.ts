import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test, vi } from 'vitest';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const SESSION = `factdesk-chat-${process.pid}`;
const hasTmux = (() => {
	try {
		execFileSync('tmux', ['-V']);
		return true;
	} catch {
		return false;
	}
})();

const tmux = (...args: string[]) => execFileSync('tmux', args, { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-t', SESSION);
/** The last prompt line: "> " and what is typed after it (tmux drops trailing spaces; they are put back). */
const inputLine = () => {
	const prompts = screen()
		.split('\n')
		.map((line) => line.trimEnd())
		.filter((line) => line === '>' || line.startsWith('> '));
	const last = prompts.pop() ?? '';
	return last === '>' ? '> ' : last;
};
const until = (check: () => void) => vi.waitFor(check, { timeout: 60_000, interval: 100 });

afterAll(() => {
	if (hasTmux) execFileSync('tmux', ['kill-session', '-t', SESSION], { stdio: 'ignore' });
});

describe.skipIf(!hasTmux)('the console chat in a terminal (tmux)', () => {
	test('arrow keys bring back the last question, Tab completes a command, /quit leaves with exit code 0', async () => {
		// The built bot, as `npm start` runs it (`npm test` builds dist/ first).
		const command = `env DISCORD_TOKEN= LOG_LEVEL=error node dist/main.js; echo "EXITED:$?"; sleep 60`;
		tmux('new-session', '-d', '-s', SESSION, '-x', '160', '-y', '50', '-c', REPO, command);
		await until(() => expect(inputLine()).toBe('> '));
		tmux('send-keys', '-t', SESSION, 'How many drones were shot down?', 'Enter');
		await until(() => expect(screen()).toContain('72 drones'));
		await until(() => expect(inputLine()).toBe('> '));

		tmux('send-keys', '-t', SESSION, 'Up');
		await until(() => expect(inputLine()).toBe('> How many drones were shot down?'));
		expect(screen()).not.toContain('^[[');
		tmux('send-keys', '-t', SESSION, 'C-u');
		await until(() => expect(inputLine()).toBe('> '));

		tmux('send-keys', '-t', SESSION, '/fa', 'Tab');
		await until(() => expect(inputLine()).toBe('> /facts'));
		tmux('send-keys', '-t', SESSION, 'C-u', '/quit', 'Enter');
		await until(() => expect(screen()).toContain('EXITED:0'));
		expect(screen()).not.toContain('There is no /quit command');
	}, 120_000);
});
