import { type Dispatcher, fetch } from 'undici';
import { type AddressRule, checkHost } from './guardedAgent.ts';
import { ReportRefused } from './ReportRefused.ts';

export interface FetchLimits {
	/** The addresses it may reach (addressRule: public ones, or all with FETCH_ALLOW_PRIVATE). */
	allowed: AddressRule;
	/** The connection guard (guardedAgent), built once by the composition root. */
	dispatcher: Dispatcher;
	timeoutMs?: number;
	maxRedirects?: number;
	maxBytes?: number;
	/** Any content type (an attachment: its kind then comes from its name); otherwise text/html or text/plain only. */
	anyType?: boolean;
}

export interface FetchedPage {
	/** The URL the text came from, after redirects. */
	url: string;
	kind: 'html' | 'text';
	text: string;
}

const TYPES: Record<string, FetchedPage['kind']> = { 'text/html': 'html', 'text/plain': 'text' };

/**
 * GETs a news page: http(s) only, every host checked before its request (and every connection by the agent), at most
 * 5 redirects each checked again, 10 s in all, at most 2 MB read, text/html or text/plain only. Anything else is a
 * ReportRefused naming why.
 *
 * @example
 * const page = await fetchPage('https://news.example/strike', { allowed: isPublicAddress, dispatcher: guardedAgent(isPublicAddress) });
 */
export async function fetchPage(link: string, limits: FetchLimits): Promise<FetchedPage> {
	const { timeoutMs = 10_000, maxRedirects = 5, maxBytes = 2_000_000 } = limits;
	const signal = AbortSignal.timeout(timeoutMs);
	let url = parse(link);
	try {
		for (let redirects = 0; ; redirects++) {
			await checkHost(url, limits.allowed);
			const response = await fetch(url, {
				redirect: 'manual',
				signal,
				dispatcher: limits.dispatcher,
				headers: { accept: 'text/html, text/plain;q=0.9', 'user-agent': 'factdesk (news report reader)' },
			});
			const location = response.headers.get('location');
			if (response.status >= 300 && response.status < 400 && location) {
				await response.body?.cancel();
				if (redirects >= maxRedirects) throw new ReportRefused('redirects', String(maxRedirects));
				url = parse(new URL(location, url).href);
				continue;
			}
			if (!response.ok) {
				await response.body?.cancel();
				throw new ReportRefused('status', String(response.status));
			}
			const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
			const kind = TYPES[type] ?? (limits.anyType ? 'text' : undefined);
			if (!kind) {
				await response.body?.cancel();
				throw new ReportRefused('contentType', type || 'none');
			}
			const declared = Number(response.headers.get('content-length') ?? 0);
			if (declared > maxBytes) {
				await response.body?.cancel();
				throw new ReportRefused('tooLarge', String(maxBytes));
			}
			return { url: url.href, kind, text: await readCapped(response.body, maxBytes) };
		}
	} catch (error) {
		throw refusalOf(error, signal, timeoutMs);
	}
}

function parse(link: string): URL {
	let url: URL;
	try {
		url = new URL(link.trim());
	} catch {
		throw new ReportRefused('protocol', link.slice(0, 100));
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ReportRefused('protocol', url.protocol);
	return url;
}

async function readCapped(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<string> {
	if (!body) return '';
	const chunks: Uint8Array[] = [];
	let length = 0;
	for await (const chunk of body) {
		length += chunk.byteLength;
		if (length > maxBytes) {
			await body.cancel().catch(() => {});
			throw new ReportRefused('tooLarge', String(maxBytes));
		}
		chunks.push(chunk);
	}
	return new TextDecoder('utf-8').decode(Buffer.concat(chunks, length));
}

/** The refusal behind an error from fetch (undici wraps the agent's in `cause`), or a timeout or network one. */
function refusalOf(error: unknown, signal: AbortSignal, timeoutMs: number): ReportRefused {
	for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) if (e instanceof ReportRefused) return e;
	if (signal.aborted) return new ReportRefused('timeout', `${timeoutMs / 1000} s`);
	const cause = (error as { cause?: { code?: string } }).cause;
	return new ReportRefused('network', cause?.code ?? (error as Error).message);
}
