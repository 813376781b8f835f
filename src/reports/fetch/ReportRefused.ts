/** Why a report was not added: each has its own wording, in the CLI's messages and in every Discord locale. */
export type RefusalReason =
	| 'protocol'
	| 'privateAddress'
	| 'unresolvable'
	| 'redirects'
	| 'tooLarge'
	| 'contentType'
	| 'timeout'
	| 'status'
	| 'network'
	| 'noArticle'
	| 'extension'
	| 'limit'
	| 'invalid';

/**
 * A report refused for a reason the person adding it can act on; `detail` (a host, a status, a size, a problem) is
 * shown with it as plain text.
 *
 * @example
 * throw new ReportRefused('privateAddress', '127.0.0.1');
 */
export class ReportRefused extends Error {
	override readonly name = 'ReportRefused';

	constructor(
		readonly reason: RefusalReason,
		readonly detail = '',
	) {
		super(`${reason}${detail ? `: ${detail}` : ''}`);
	}
}
