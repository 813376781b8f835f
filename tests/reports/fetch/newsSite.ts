import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const SENTENCES = [
	'Dock workers at Port Halden walked out on Sunday over a pay dispute, halting 14 container ships.',
	'The union said 2,300 members joined the strike, the largest at the port since 1998.',
	'Harbour master Ines Kowal said the port would stay closed until talks resume next week.',
	'Talks with the Halden Port Authority broke down last week after three rounds.',
	'Shipping lines diverted 6 vessels to Marrow Bay, according to the port authority.',
];

/** A news article in the shape outlets publish: meta tags for byline, date, outlet, canonical URL; nav, ads, footer. */
export function articlePage(title = 'Dock workers strike at Port Halden', sentences = SENTENCES): string {
	return `<!doctype html><html><head><title>${title} | Coastal Courier</title>
<meta property="og:title" content="${title}"><meta property="og:site_name" content="Coastal Courier">
<meta name="author" content="Mara Lind"><meta property="article:published_time" content="2026-03-02T08:00:00Z">
<link rel="canonical" href="https://coastal.example/strike"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="ad">Subscribe now for 1 euro!</div>
<article><h1>${title}</h1><p class="byline">By Mara Lind</p>
${sentences.map((s) => `<p>${s} <script>alert(1)</script><b>**bold**</b> [link](https://evil.example)</p>`).join('\n')}
</article><footer>© Coastal Courier. All rights reserved.</footer></body></html>`;
}

const PAYWALL = `<!doctype html><html><head><title>Subscribers only</title></head><body><article><h1>Strike talks</h1>
<p>Dock workers at Port Halden walked out on Sunday.</p><div class="paywall">Subscribe to read the full story.</div>
</article></body></html>`;
const HOME = `<!doctype html><html><head><title>Coastal Courier</title></head><body><nav>${'<a href="/x">Section</a> '.repeat(40)}</nav></body></html>`;

/**
 * A loopback "news site": /article, /plain (text/plain), /paywall, /home (no article), /r/N (a chain of N redirects
 * to /article), /to-loopback (a redirect to 127.0.0.1), /huge (30 MB), /slow (never answers), /pdf, /gone (404).
 * It listens on every loopback address, so tests can reach it at 127.0.0.2 and refuse 127.0.0.1.
 */
export async function startNewsSite(): Promise<{ base: string; port: number; close(): Promise<void> }> {
	const server: Server = createServer((request, response) => {
		const path = new URL(request.url ?? '/', 'http://x').pathname;
		const html = (body: string) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
		const chain = /^\/r\/(\d+)$/.exec(path);
		if (path === '/article') return html(articlePage());
		if (path === '/paywall') return html(PAYWALL);
		if (path === '/home') return html(HOME);
		if (path === '/plain') return response.writeHead(200, { 'content-type': 'text/plain' }).end(SENTENCES.join('\n'));
		if (path === '/pdf') return response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
		if (chain) {
			const left = Number(chain[1]);
			return response.writeHead(302, { location: left > 1 ? `/r/${left - 1}` : '/article' }).end();
		}
		if (path === '/to-loopback') {
			const { port } = server.address() as AddressInfo;
			return response.writeHead(301, { location: `http://127.0.0.1:${port}/article` }).end();
		}
		if (path === '/huge') {
			response.writeHead(200, { 'content-type': 'text/html' });
			const chunk = `<p>${'x'.repeat(1023)}</p>`;
			let sent = 0;
			const write = () => {
				while (sent < 30 * 1024 && !response.destroyed) {
					sent++;
					if (!response.write(chunk)) return response.once('drain', write);
				}
				response.end();
			};
			return write();
		}
		if (path === '/slow') return; // never answers
		response.writeHead(404, { 'content-type': 'text/html' }).end('<p>Not found</p>');
	});
	server.listen(0, '0.0.0.0');
	await once(server, 'listening');
	const { port } = server.address() as AddressInfo;
	return {
		base: `http://127.0.0.2:${port}`,
		port,
		close: async () => {
			server.closeAllConnections();
			server.close();
			await once(server, 'close');
		},
	};
}
