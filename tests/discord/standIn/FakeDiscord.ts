import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { IDS, snowflake } from './ids.ts';
import { parseBody } from './parseBody.ts';
import { guildCreate, USERS } from './payloads.ts';
import { respondTo } from './respondTo.ts';
import { operationOf } from './routes.ts';
import type { SpecValidator } from './specValidator.ts';

/** A request the bot sent, as the stand-in received it. */
export interface RecordedRequest {
	method: string;
	/** Decoded path, e.g. /api/v10/webhooks/1/tok/messages/@original */
	path: string;
	query: URLSearchParams;
	authorization: string | undefined;
	// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON bodies
	body: any;
	/** When the stand-in had read the whole request (Date.now()). */
	at: number;
	/** What the stand-in answered (set once it has). */
	// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON bodies
	response?: any;
}

/** A response a test injects in place of the stand-in's own. */
export interface InjectedResponse {
	status: number;
	body?: unknown;
	headers?: Record<string, string>;
	delayMs?: number;
}

/**
 * A loopback stand-in of Discord: REST on node:http and the gateway on ws, both on 127.0.0.1 with a random port.
 * It records every request and validates each body against Discord's OpenAPI description; a body that fails
 * lands in `violations`.
 */
export class FakeDiscord {
	readonly requests: RecordedRequest[] = [];
	/** Problems with what the bot sent: bodies that fail the OpenAPI check, requests to routes Discord lacks here. */
	readonly violations: string[] = [];
	readonly identifies: unknown[] = [];
	/** RESUME payloads (op 6) the stand-in accepted, each answered with RESUMED. */
	readonly resumes: unknown[] = [];
	/** A fault to inject: return a response (e.g. 429 with retry-after, 500, a delay) instead of the normal one. */
	fault?: (request: RecordedRequest) => InjectedResponse | undefined;
	readonly #sockets = new Set<WebSocket>();
	/** The shard each identified socket is, from its IDENTIFY. */
	readonly #shardOf = new Map<WebSocket, number>();
	readonly #waiters = new Set<() => void>();
	/** Session ids handed out in READY that may still be resumed. */
	readonly #sessions = new Set<string>();
	#sequence = 0;
	#gatewayDown = false;
	/** Files served like Discord's CDN serves attachments, by path. */
	readonly #attachments = new Map<string, { bytes: Buffer; type: string }>();

	private constructor(
		private readonly server: Server,
		private readonly gateway: WebSocketServer,
		private readonly validator: SpecValidator,
		/** Shards `GET /gateway/bot` recommends; the guild and its events go to shard (guild id >> 22) % shards. */
		readonly shards: number,
	) {}

	/** Starts the stand-in; validated bodies are counted on `validator`. */
	static async start(validator: SpecValidator, options: { shards?: number } = {}): Promise<FakeDiscord> {
		// Node closes a connection idle for 5 s; a bot that took longer to answer (a loaded CI machine: 7.5 s) then wrote
		// its edit into a socket the stand-in was closing ("other side closed"). Discord keeps idle connections far longer.
		const server = createServer();
		server.keepAliveTimeout = 120_000;
		const gateway = new WebSocketServer({ server, path: '/gateway' });
		const fake = new FakeDiscord(server, gateway, validator, options.shards ?? 1);
		server.on('request', (req, res) => void fake.#onRequest(req, res));
		gateway.on('connection', (socket) => fake.#onSocket(socket));
		server.listen(0, '127.0.0.1');
		await once(server, 'listening');
		return fake;
	}

	get port(): number {
		return (this.server.address() as AddressInfo).port;
	}

	/** The REST base URL the bot is given (no version suffix). */
	get apiUrl(): string {
		return `http://127.0.0.1:${this.port}/api`;
	}

	/**
	 * Serves `content` the way Discord's CDN serves an uploaded attachment (GET only, its content type, no auth) and
	 * returns the attachment object an interaction's resolved data carries.
	 */
	attach(name: string, content: string | Buffer, type = 'text/plain; charset=utf-8') {
		const id = String(700000000000000000n + BigInt(this.#attachments.size + 1));
		const bytes = Buffer.from(content);
		const path = `/attachments/${IDS.general}/${id}/${name}`;
		this.#attachments.set(path, { bytes, type });
		const url = `http://127.0.0.1:${this.port}${path}?ex=1&is=1&hm=0`;
		return { id, filename: name, size: bytes.length, url, proxy_url: url, content_type: type };
	}

	/** The shard that receives the events of `guildId`, as Discord computes it. */
	shardOf(guildId: string): number {
		return Number((BigInt(guildId) >> 22n) % BigInt(this.shards));
	}

	/**
	 * Sends a gateway event to every connected client; with several shards, an event of a guild only to the
	 * guild's shard.
	 */
	dispatch(t: string, d: unknown): void {
		const frame = JSON.stringify({ op: 0, t, s: ++this.#sequence, d });
		const guildId = (d as { guild_id?: unknown } | null)?.guild_id;
		const target = this.shards > 1 && typeof guildId === 'string' ? this.shardOf(guildId) : undefined;
		for (const socket of this.#sockets) {
			if (target === undefined || this.#shardOf.get(socket) === target) socket.send(frame);
		}
	}

	/** Waits (bounded) for a request matching `match` among those at index ≥ `from`. */
	async waitForRequest(match: (r: RecordedRequest) => boolean, from = 0, timeoutMs = 5000): Promise<RecordedRequest> {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const found = this.requests.slice(from).find(match);
			if (found) return found;
			const left = deadline - Date.now();
			if (left <= 0) throw new Error(`no matching request within ${timeoutMs} ms; got ${this.describe(from)}`);
			await new Promise<void>((resolve) => {
				const timer = setTimeout(done, left);
				function done() {
					clearTimeout(timer);
					resolve();
				}
				this.#waiters.add(done);
			});
		}
	}

	/** The requests since `from`, one line each, for failure messages. */
	describe(from = 0): string {
		return JSON.stringify(this.requests.slice(from).map((r) => `${r.method} ${r.path}`));
	}

	/** Closes every gateway connection (code 4000 lets the client resume); `abrupt` cuts TCP with no close frame. */
	dropConnections(code = 4000, abrupt = false): void {
		for (const socket of this.#sockets) {
			if (abrupt) socket.terminate();
			else socket.close(code, 'dropped by the stand-in');
		}
	}

	/** Stops the gateway: every connection is cut and new ones are refused until startGateway(). */
	stopGateway(): void {
		this.#gatewayDown = true;
		this.dropConnections(1001, true);
	}

	/** Accepts gateway connections again after stopGateway(). */
	startGateway(): void {
		this.#gatewayDown = false;
	}

	/** Sends op 9 INVALID_SESSION; with `resumable` false the sessions are forgotten, so only a new IDENTIFY works. */
	invalidateSession(resumable: boolean): void {
		if (!resumable) this.#sessions.clear();
		for (const socket of this.#sockets) socket.send(JSON.stringify({ op: 9, d: resumable }));
	}

	/** Sends op 7 RECONNECT: the client should reconnect and resume. */
	requestReconnect(): void {
		for (const socket of this.#sockets) socket.send(JSON.stringify({ op: 7, d: null }));
	}

	async close(): Promise<void> {
		for (const socket of this.#sockets) socket.terminate();
		this.gateway.close();
		this.server.closeAllConnections();
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}

	#onSocket(socket: WebSocket): void {
		if (this.#gatewayDown) {
			socket.terminate();
			return;
		}
		this.#sockets.add(socket);
		socket.on('close', () => {
			this.#sockets.delete(socket);
			this.#shardOf.delete(socket);
		});
		socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 60_000 } }));
		socket.on('message', (raw) => {
			const frame = JSON.parse(raw.toString()) as { op: number; d: unknown };
			if (frame.op === 1) socket.send(JSON.stringify({ op: 11 }));
			if (frame.op === 2) {
				this.identifies.push(frame.d);
				const [shard = 0, count = 1] = (frame.d as { shard?: [number, number] }).shard ?? [];
				this.#shardOf.set(socket, shard);
				const hasGuild = count === 1 || this.shardOf(IDS.guild) === shard;
				this.#sequence = 0;
				const sessionId = `session-${snowflake()}`;
				this.#sessions.add(sessionId);
				const ready = {
					v: 10,
					user: USERS.bot,
					guilds: hasGuild ? [{ id: IDS.guild, unavailable: true }] : [],
					session_id: sessionId,
					resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`,
					shard: [shard, count],
					application: { id: IDS.application, flags: 0 },
				};
				socket.send(JSON.stringify({ op: 0, t: 'READY', s: ++this.#sequence, d: ready }));
				if (hasGuild) socket.send(JSON.stringify({ op: 0, t: 'GUILD_CREATE', s: ++this.#sequence, d: guildCreate() }));
			}
			if (frame.op === 6) this.#onResume(socket, frame.d as { session_id?: string });
		});
	}

	/** RESUME: a session the stand-in knows gets RESUMED; any other gets op 9 (not resumable). */
	#onResume(socket: WebSocket, resume: { session_id?: string }): void {
		if (!resume.session_id || !this.#sessions.has(resume.session_id)) {
			socket.send(JSON.stringify({ op: 9, d: false }));
			return;
		}
		this.resumes.push(resume);
		socket.send(JSON.stringify({ op: 0, t: 'RESUMED', s: ++this.#sequence, d: {} }));
	}

	async #onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const path = decodeURIComponent(url.pathname);
		const attachment = this.#attachments.get(path);
		if (attachment && req.method === 'GET') {
			res.writeHead(200, { 'content-type': attachment.type, 'content-length': attachment.bytes.length });
			return void res.end(attachment.bytes);
		}
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const method = req.method ?? 'GET';
		const body = parseBody(Buffer.concat(chunks), req.headers['content-type']);
		const request: RecordedRequest = {
			method,
			path,
			query: url.searchParams,
			authorization: req.headers.authorization,
			body,
			at: Date.now(),
		};
		if (body !== undefined) {
			const operation = operationOf(method, path);
			const problems = operation ? this.validator.validate(operation, body) : ['no operation in the spec list'];
			for (const problem of problems) this.violations.push(`${method} ${path}: ${problem}`);
		}
		this.requests.push(request);
		const fault = this.fault?.(request);
		if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
		const [status, response] = fault ? [fault.status, fault.body] : respondTo(request, this.port, this.shards);
		request.response = response;
		// A 404 with Discord's own error code (Unknown Channel) is an answer; code 0 is a route the stand-in lacks.
		const unknownRoute = status === 404 && (response as { code?: number } | undefined)?.code === 0;
		if (!fault && unknownRoute) this.violations.push(`${method} ${path}: a route the stand-in does not know`);
		if (status === 204) res.writeHead(204, fault?.headers).end();
		else res.writeHead(status, { ...fault?.headers, 'content-type': 'application/json' }).end(JSON.stringify(response));
		for (const wake of [...this.#waiters]) {
			this.#waiters.delete(wake);
			wake();
		}
	}
}
