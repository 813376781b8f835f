import type { Config } from '../config.ts';
import { consoleAddReport } from '../console/consoleAddReport.ts';
import { consoleText } from '../console/consoleText.ts';
import { createProgressBar } from '../console/createProgressBar.ts';
import { runChat } from '../console/runChat.ts';
import { openEngine } from '../engine/openEngine.ts';
import type { Logger } from '../logger.ts';
import { engineSettings } from './engineSettings.ts';

/**
 * The console chat (`npm start` without DISCORD_TOKEN) on stdin and stdout: its engine on this thread (one person
 * at a terminal gains nothing from a second one, and it starts faster), from the index cache when the reports are
 * unchanged, reloaded when they change; `/reports add` adds to the shared folder.
 */
export async function composeConsole(config: Config, logger: Logger): Promise<void> {
	const settings = engineSettings(config, (message, problem) => logger.warn({ problem }, message));
	const { supervisor, stop } = await openEngine(config.reportsDir, settings, logger, {
		place: 'here',
		onProgress: createProgressBar(process.stderr),
	});
	process.stdout.write(`${consoleText.chat.banner}\n\n`);
	await runChat({
		factdesk: supervisor.factdesk,
		input: process.stdin,
		output: process.stdout,
		prompt: process.stdin.isTTY === true,
		addReport: consoleAddReport(config, () => supervisor.reload()),
		onError: (error) => logger.error({ err: error }, 'console chat failed to answer'),
	}).finally(stop);
}
