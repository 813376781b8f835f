/** ANSI escape sequences (CSI such as colours and cursor moves, OSC such as titles and links, and lone ESC pairs). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is matched here
const ESCAPES = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])/g;
/** Other control characters (C0 but tab and newline, DEL, C1) and bidirectional overrides that reorder text. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is matched here
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text for a terminal: report text (and anything quoted from it) may carry ANSI escape codes or control
 * characters that would recolour, move, retitle or clear the terminal, or hide text; they are removed.
 *
 * @example
 * terminalText('72 drones\u001b[2J\u001b]0;pwned\u0007'); // '72 drones'
 */
export function terminalText(text: string): string {
	return text.replace(ESCAPES, '').replace(CONTROLS, '');
}

/** A stream that writes what it is given through terminalText. */
export function terminalStream(stream: NodeJS.WritableStream): NodeJS.WritableStream {
	return { write: (text: string) => stream.write(terminalText(text)) } as NodeJS.WritableStream;
}
