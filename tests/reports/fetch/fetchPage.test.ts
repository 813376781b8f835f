import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/reports/extractArticle.ts';
import { fetchPage } from '../../../src/reports/fetch/fetchPage.ts';
import { guardedAgent } from '../../../src/reports/fetch/guardedAgent.ts';
import { isPublicAddress } from '../../../src/reports/fetch/isPublicAddress.ts';
import { ReportRefused } from '../../../src/reports/fetch/ReportRefused.ts';
import { startNewsSite } from './newsSite.ts';

let site: Awaited<ReturnType<typeof startNewsSite>>;
beforeAll(async () => {
	site = await startNewsSite();
});
afterAll(() => site.close());

/** Every address allowed but 127.0.0.1: the site is reached at 127.0.0.2, and a redirect to 127.0.0.1 is refused. */
const notOne = (address: string) => address !== '127.0.0.1';
const limits = (extra: object = {}) => ({ allowed: notOne, dispatcher: guardedAgent(notOne), ...extra });

async function refusal(promise: Promise<unknown>): Promise<ReportRefused> {
	const error = await promise.then(
		() => undefined,
		(e: unknown) => e,
	);
	if (!(error instanceof ReportRefused)) throw new Error(`expected a refusal, got ${String(error)}`);
	return error;
}

describe('fetchPage', () => {
	it('GIVEN an article behind a chain of 5 redirects THEN its page comes back with the final URL', async () => {
		const page = await fetchPage(`${site.base}/r/5`, limits());
		expect(page.url).toBe(`${site.base}/article`);
		expect(page.kind).toBe('html');
		expect(extractArticle(page.text, page.url)).toMatchObject({
			title: 'Dock workers strike at Port Halden',
			byline: expect.stringContaining('Mara Lind'),
			outlet: 'Coastal Courier',
			published: '2026-03-02T08:00:00Z',
			url: 'https://coastal.example/strike',
		});
	});

	it.each([
		['6 redirects', '/r/6', 'redirects'],
		['a redirect to 127.0.0.1', '/to-loopback', 'privateAddress'],
		['a 30 MB page', '/huge', 'tooLarge'],
		['a PDF', '/pdf', 'contentType'],
		['a missing page', '/gone', 'status'],
	])('GIVEN %s THEN it is refused with its reason', async (_, path, reason) => {
		expect((await refusal(fetchPage(`${site.base}${path}`, limits()))).reason).toBe(reason);
	});

	it('GIVEN a page slower than the timeout THEN it is refused as a timeout', async () => {
		const error = await refusal(fetchPage(`${site.base}/slow`, limits({ timeoutMs: 300 })));
		expect(error.reason).toBe('timeout');
	});

	it.each([
		['file:///etc/passwd', 'protocol'],
		['ftp://example.com/a', 'protocol'],
		['not a link', 'protocol'],
	])('GIVEN %s THEN it is refused before any request', async (link, reason) => {
		expect((await refusal(fetchPage(link, limits()))).reason).toBe(reason);
	});

	it('GIVEN the default rule THEN loopback, private and metadata addresses are refused', async () => {
		const strict = { allowed: isPublicAddress, dispatcher: guardedAgent(isPublicAddress) };
		for (const host of ['127.0.0.2', '10.0.0.1', '169.254.169.254', '[::1]', '192.168.1.1', 'localhost']) {
			const error = await refusal(fetchPage(`http://${host}:${site.port}/article`, strict));
			expect(error.reason, host).toBe('privateAddress');
		}
	});
});

describe('isPublicAddress', () => {
	it.each([
		['93.184.216.34', true],
		['2606:4700::1111', true],
		['127.0.0.1', false],
		['::ffff:127.0.0.1', false],
		['::ffff:10.1.2.3', false],
		['fd00::1', false],
		['fe80::1', false],
		['100.64.0.1', false],
		['0.0.0.0', false],
		['not an ip', false],
	])('GIVEN %s THEN public is %s', (address, expected) => {
		expect(isPublicAddress(address)).toBe(expected);
	});
});
