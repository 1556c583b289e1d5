/**
 * The cache headers of scripts/serve.js (issue 22): what a second visit may take from the
 * browser's cache without asking (hashed files), and what it must ask about but gets as a
 * short 304 when unchanged (pages, data, the service worker).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let root: string;
let server: ChildProcess;
let origin: string;

const put = (path: string, body: string | Uint8Array) => {
	const file = join(root, path);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, body);
};
const freePort = () =>
	new Promise<number>((resolve, reject) => {
		const s = createServer();
		s.listen(0, '127.0.0.1', () => {
			const port = (s.address() as { port: number }).port;
			s.close(() => resolve(port));
		});
		s.on('error', reject);
	});
const get = (path: string, headers: Record<string, string> = {}) => fetch(origin + path, { headers: { 'Accept-Encoding': 'identity', ...headers } });

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'serve-test-'));
	put('_app/immutable/chunks/app.Ab12Cd.js', 'export const a = 1;');
	put('_app/immutable/assets/duckdb-eh.Xy34.wasm', new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
	put('data/usage.parquet', 'PAR1 raw bytes PAR1');
	put('data/usage.parquet.br', 'brotli bytes');
	put('regio/JZ12.html', '<!doctype html><p>JZ12</p>');
	put('service-worker.js', 'self.addEventListener("fetch", () => {});');
	put('404.html', '<!doctype html><p>Niet gevonden</p>');
	const port = await freePort();
	origin = `http://127.0.0.1:${port}`;
	server = spawn(process.execPath, ['scripts/serve.js', root, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
	await new Promise<void>((resolve, reject) => {
		server.stdout!.on('data', () => resolve());
		server.on('exit', (code) => reject(new Error(`serve.js stopped (${code})`)));
	});
});

afterAll(() => {
	server?.kill();
	rmSync(root, { recursive: true, force: true });
});

describe('scripts/serve.js cache headers', () => {
	it('lets the browser keep hashed files for a year without asking again', async () => {
		for (const path of ['/_app/immutable/chunks/app.Ab12Cd.js', '/_app/immutable/assets/duckdb-eh.Xy34.wasm']) {
			const r = await get(path);
			expect(r.status).toBe(200);
			expect(r.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		}
	});

	it('makes pages, data and the service worker ask again each time (no-cache), so a new build shows at once', async () => {
		for (const path of ['/regio/JZ12', '/data/usage.parquet', '/service-worker.js', '/data/manifest-missing.json']) {
			const r = await get(path);
			expect(r.headers.get('cache-control'), path).toBe('no-cache');
		}
	});

	it('answers an unchanged page or data file with a bodiless 304', async () => {
		for (const path of ['/regio/JZ12', '/data/usage.parquet']) {
			const first = await get(path);
			const etag = first.headers.get('etag');
			expect(etag, path).toBeTruthy();
			expect(first.headers.get('last-modified'), path).toBeTruthy();
			const again = await get(path, { 'If-None-Match': etag! });
			expect(again.status, path).toBe(304);
			expect(await again.text()).toBe('');
			const since = await get(path, { 'If-Modified-Since': first.headers.get('last-modified')! });
			expect(since.status, path).toBe(304);
		}
	});

	it('sends the new file, with a new ETag, once it changed', async () => {
		const before = await get('/data/usage.parquet');
		const etag = before.headers.get('etag')!;
		put('data/usage.parquet', 'PAR1 the new build, longer PAR1');
		const later = new Date(Date.now() + 5000);
		utimesSync(join(root, 'data/usage.parquet'), later, later);
		const after = await get('/data/usage.parquet', { 'If-None-Match': etag });
		expect(after.status).toBe(200);
		expect(await after.text()).toBe('PAR1 the new build, longer PAR1');
		expect(after.headers.get('etag')).not.toBe(etag);
	});

	it('gives the brotli copy its own ETag, so it never stands in for the plain file', async () => {
		const plain = await get('/data/usage.parquet');
		const br = await get('/data/usage.parquet', { 'Accept-Encoding': 'br' });
		expect(br.headers.get('content-encoding')).toBe('br');
		expect(br.headers.get('etag')).not.toBe(plain.headers.get('etag'));
		const mixed = await get('/data/usage.parquet', { 'Accept-Encoding': 'br', 'If-None-Match': plain.headers.get('etag')! });
		expect(mixed.status).toBe(200);
	});

	it('still sends 404.html with status 404 for an unknown address', async () => {
		const r = await get('/nergens');
		expect(r.status).toBe(404);
		expect(await r.text()).toContain('Niet gevonden');
	});
});
