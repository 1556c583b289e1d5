#!/usr/bin/env node
/**
 * Static file server for the built site (`npm start`): correct MIME types (wasm!), HTTP Range
 * requests (including `bytes=0-0`, which vite preview gets wrong), precompressed .br/.gz files
 * when the browser accepts them, 404.html with status 404 for unknown paths, and cache headers
 * (immutable for hashed files, no-cache with ETag / Last-Modified and 304s for the rest).
 * Usage: node scripts/serve.js [dir=build] [port=4173]
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const root = resolve(process.argv[2] ?? 'build');
const port = Number(process.argv[3] ?? process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.topojson': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.wasm': 'application/wasm',
	'.parquet': 'application/vnd.apache.parquet',
	'.arrow': 'application/vnd.apache.arrow.stream',
	'.webmanifest': 'application/manifest+json'
};

/** Map a URL path to a file: exact file, then `.html` (prerendered routes), then index.html. */
function resolveFile(pathname) {
	const clean = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
	const full = join(root, clean);
	if (full !== root && !full.startsWith(root + sep)) return null;
	const candidates = [full, `${full}.html`, join(full, 'index.html')];
	return candidates.find((f) => existsSync(f) && statSync(f).isFile()) ?? null;
}

/** The browser's copy is current: If-None-Match names this ETag, or (without it) If-Modified-Since is not older than the file. */
function fresh(req, etag, mtimeMs) {
	const match = req.headers['if-none-match'];
	if (match !== undefined) return match.split(',').some((t) => t.trim().replace(/^W\//, '') === etag || t.trim() === '*');
	const since = Date.parse(String(req.headers['if-modified-since'] ?? ''));
	return !Number.isNaN(since) && Math.floor(mtimeMs / 1000) * 1000 <= since;
}

function send(req, res, file, status = 200) {
	const type = types[extname(file)] ?? 'application/octet-stream';
	const accept = String(req.headers['accept-encoding'] ?? '');
	const ranged = req.headers.range !== undefined;
	// Compressed variants only for whole-file responses; ranges address the raw bytes.
	let body = file;
	let encoding = null;
	if (!ranged) {
		if (/\bbr\b/.test(accept) && existsSync(`${file}.br`)) [body, encoding] = [`${file}.br`, 'br'];
		else if (/\bgzip\b/.test(accept) && existsSync(`${file}.gz`)) [body, encoding] = [`${file}.gz`, 'gzip'];
	}
	const stat = statSync(body);
	const size = stat.size;
	// Hashed names never change content: cached for a year, never asked again. Everything else
	// (pages, data files, the service worker) is asked again each time, and a 304 answers it when
	// unchanged (ETag per stored variant, so a br and a gzip copy never stand in for each other).
	const etag = `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}${encoding ? `-${encoding}` : ''}"`;
	const headers = {
		'Content-Type': type,
		'Accept-Ranges': 'bytes',
		Vary: 'Accept-Encoding',
		'X-Content-Type-Options': 'nosniff',
		'Cache-Control': file.includes(`${sep}_app${sep}immutable${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
		ETag: etag,
		'Last-Modified': new Date(Math.floor(stat.mtimeMs / 1000) * 1000).toUTCString()
	};
	if (encoding) headers['Content-Encoding'] = encoding;
	if (status === 200 && fresh(req, etag, stat.mtimeMs)) {
		res.writeHead(304, headers);
		return res.end();
	}

	if (ranged && status === 200) {
		const m = /^bytes=(\d*)-(\d*)$/.exec(String(req.headers.range).trim());
		let start = m && m[1] !== '' ? Number(m[1]) : NaN;
		let end = m && m[2] !== '' ? Number(m[2]) : size - 1;
		if (m && m[1] === '' && m[2] !== '') [start, end] = [Math.max(0, size - Number(m[2])), size - 1];
		if (!m || Number.isNaN(start) || start >= size || end < start) {
			res.writeHead(416, { ...headers, 'Content-Range': `bytes */${size}` });
			return res.end();
		}
		end = Math.min(end, size - 1);
		res.writeHead(206, { ...headers, 'Content-Range': `bytes ${start}-${end}/${size}`, 'Content-Length': end - start + 1 });
		if (req.method === 'HEAD') return res.end();
		return createReadStream(body, { start, end }).pipe(res);
	}
	res.writeHead(status, { ...headers, 'Content-Length': size });
	if (req.method === 'HEAD') return res.end();
	createReadStream(body).pipe(res);
}

const server = createServer((req, res) => {
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		res.writeHead(405, { Allow: 'GET, HEAD' });
		return res.end();
	}
	let pathname;
	try {
		pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
	} catch {
		res.writeHead(400);
		return res.end();
	}
	const file = resolveFile(pathname);
	if (file) return send(req, res, file);
	const notFound = join(root, '404.html');
	if (existsSync(notFound)) return send(req, res, notFound, 404);
	res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
	res.end('Niet gevonden');
});

server.listen(port, host, () => {
	console.log(`Regiozicht draait op http://localhost:${port} (map ${root}). Stoppen: Ctrl+C`);
});
