/**
 * An error caused by what the user asked for (an unknown report, a paragraph out of range).
 * Its message is shown to the user as it is; any other error is a bug, logged and answered with an apology.
 *
 * @example
 * throw new UserError(messages.unknownReport('nope'));
 */
export class UserError extends Error {
	override readonly name = 'UserError';
}
