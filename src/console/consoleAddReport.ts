import type { Config } from '../config.ts';
import { ReportRefused } from '../reports/fetch/ReportRefused.ts';
import { consoleText } from './consoleText.ts';
import { openManagedReports } from './openManagedReports.ts';
import { describeAdded, inputOf, Refused } from './reportsCommand.ts';

/** Who the console chat records as having added a report. */
const CONSOLE_USER = 'console';

/**
 * The console chat's `/reports add PATH|URL`: the report goes into the shared folder (as `npm run reports -- add`
 * without --server does), the engine is reloaded at once, and the reply says what was understood or why not.
 *
 * @example
 * await runChat({ …, addReport: consoleAddReport(config, () => library.reload()) });
 */
export function consoleAddReport(config: Config, reload: () => Promise<unknown>): (target: string) => Promise<string> {
	return async (target) => {
		let opened: Awaited<ReturnType<typeof openManagedReports>> | undefined;
		try {
			opened = await openManagedReports(config, undefined);
			const added = await opened.reports.add('', inputOf(target), CONSOLE_USER);
			await reload();
			return describeAdded(added);
		} catch (error) {
			if (error instanceof Refused) return error.message;
			if (error instanceof ReportRefused)
				return consoleText.managed.refusedLine(target, consoleText.managed.refused[error.reason](error.detail));
			throw error;
		} finally {
			await opened?.close();
		}
	};
}
