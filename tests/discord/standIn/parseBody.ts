/**
 * Reads a request body: JSON, or multipart/form-data whose payload_json part holds the JSON (when discord.js sends
 * files). Undefined for an empty body.
 */
export function parseBody(raw: Buffer, contentType: string | undefined): unknown {
	if (raw.length === 0) return undefined;
	const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType ?? '');
	if (contentType?.startsWith('multipart/form-data') && boundary) {
		const marker = `--${boundary[1] ?? boundary[2]}`;
		for (const part of raw.toString('utf8').split(marker)) {
			const [head, ...rest] = part.split('\r\n\r\n');
			if (head && /name="payload_json"/.test(head)) return JSON.parse(rest.join('\r\n\r\n').replace(/\r\n$/, ''));
		}
		return {};
	}
	return JSON.parse(raw.toString('utf8'));
}
