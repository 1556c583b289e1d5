/**
 * The site under test: build (only when build/ is missing), precompress, a private snapshot
 * to serve (so a concurrent `npm run build` cannot change files mid-run), the 10M-row variant,
 * the static server on a free port in 4400–4499, the Content-Encoding check and the JS inventory.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { log, sleep } from './util';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const BUILD = join(ROOT, 'build');

/** Run a command in the project root, inheriting output; throws on failure or timeout. */
export function run(cmd: string, args: string[], timeoutMs: number): number {
	const t = performance.now();
	const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', timeout: timeoutMs, killSignal: 'SIGTERM' });
	if (r.error) throw new Error(`${cmd} ${args.join(' ')}: ${r.error.message}`);
	if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} stopte met code ${r.status ?? r.signal}`);
	return performance.now() - t;
}

/** `npm run build` only when build/ is missing; returns ms spent (0 when nothing was built). */
export function ensureBuild(): number {
	if (existsSync(join(BUILD, 'index.html')) && existsSync(join(BUILD, 'data', 'manifest.json'))) return 0;
	log('build/ ontbreekt: npm run build');
	return run('npm', ['run', 'build'], 15 * 60_000);
}

/** Precompress build/ (fast when already done by `npm run build`). Returns ms and the script's summary line. */
export function precompress(): { ms: number; summary: string } {
	const t = performance.now();
	const r = spawnSync(process.execPath, ['scripts/precompress.js', 'build'], { cwd: ROOT, encoding: 'utf8', timeout: 5 * 60_000 });
	if (r.status !== 0) throw new Error(`precompress mislukt: ${r.stderr || r.error?.message}`);
	return { ms: performance.now() - t, summary: r.stdout.trim() };
}

/** Copy build/ (with .br/.gz) to a private temp dir; retried once if a concurrent build interferes. */
export function snapshot(): string {
	for (let attempt = 1; ; attempt++) {
		const dir = mkdtempSync(join(tmpdir(), 'regiozicht-bench-'));
		try {
			cpSync(BUILD, join(dir, 'site'), { recursive: true });
			if (!existsSync(join(dir, 'site', 'index.html'))) throw new Error('index.html ontbreekt in de kopie');
			return join(dir, 'site');
		} catch (error) {
			rmSync(dir, { recursive: true, force: true });
			if (attempt >= 2) throw error;
			log(`kopie van build/ mislukt (${(error as Error).message}); nog één poging over 10 s`);
			spawnSync('sleep', ['10']);
		}
	}
}

/**
 * The 10M-row variant: a directory of symlinks into the snapshot, except data/waitingTimes.parquet
 * (→ the --scale 125 file) and data/manifest.json (rows/bytes updated). Their stale .br/.gz
 * siblings are left out, so the server sends the new files (uncompressed: zstd Parquet does not
 * shrink further).
 */
export function make10mSite(site: string, scaleFile: string, rows: number): string {
	const dir = join(site, '..', 'site-10m');
	mkdirSync(join(dir, 'data'), { recursive: true });
	for (const entry of readdirSync(site)) if (entry !== 'data') symlinkSync(join(site, entry), join(dir, entry));
	const skip = /^(waitingTimes\.parquet|manifest\.json)(\.br|\.gz)?$/;
	for (const entry of readdirSync(join(site, 'data'))) if (!skip.test(entry)) symlinkSync(join(site, 'data', entry), join(dir, 'data', entry));
	symlinkSync(resolve(scaleFile), join(dir, 'data', 'waitingTimes.parquet'));
	const manifest = JSON.parse(readFileSync(join(site, 'data', 'manifest.json'), 'utf8'));
	// No .arrow for 10M rows: the page decodes this table from Parquet, in parts.
	manifest.tables.waitingTimes = { ...manifest.tables.waitingTimes, rows, bytes: statSync(scaleFile).size, ipcBytes: undefined };
	writeFileSync(join(dir, 'data', 'manifest.json'), JSON.stringify(manifest, null, 1));
	return dir;
}

/** A port in 4400–4499 nobody listens on (starting at a pid-dependent offset). */
export async function freePort(avoid: ReadonlySet<number> = new Set()): Promise<number> {
	const offset = process.pid % 100;
	for (let i = 0; i < 100; i++) {
		const port = 4400 + ((offset + i) % 100);
		if (avoid.has(port)) continue;
		const ok = await new Promise<boolean>((res) => {
			const srv = createServer();
			srv.once('error', () => res(false));
			srv.listen(port, '127.0.0.1', () => srv.close(() => res(true)));
		});
		if (ok) return port;
	}
	throw new Error('geen vrije poort in 4400–4499');
}

export interface Served {
	port: number;
	origin: string;
	child: ChildProcess;
	stop(): Promise<void>;
}

/** Start scripts/serve.js on a free port and wait until it answers (bounded). */
export async function serve(dir: string, avoid: Set<number>): Promise<Served> {
	for (let attempt = 1; attempt <= 5; attempt++) {
		const port = await freePort(avoid);
		avoid.add(port);
		const child = spawn(process.execPath, [join(ROOT, 'scripts', 'serve.js'), dir, String(port)], {
			cwd: ROOT,
			env: { ...process.env, HOST: '127.0.0.1' },
			stdio: ['ignore', 'ignore', 'pipe']
		});
		let stderr = '';
		child.stderr!.on('data', (d) => (stderr += d));
		const origin = `http://127.0.0.1:${port}`;
		const stop = async () => {
			if (child.exitCode !== null || child.signalCode !== null) return;
			child.kill('SIGTERM');
			for (let i = 0; i < 30 && child.exitCode === null && child.signalCode === null; i++) await sleep(100);
			if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
		};
		for (let i = 0; i < 100; i++) {
			if (child.exitCode !== null) break;
			const status = await head(`${origin}/`, {}).then((r) => r.status).catch(() => 0);
			if (status === 200) return { port, origin, child, stop };
			await sleep(100);
		}
		await stop();
		log(`server op poort ${port} startte niet (${stderr.trim().split('\n').pop() ?? ''}); andere poort`);
	}
	throw new Error('scripts/serve.js startte niet');
}

interface HttpResult {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	bodyBytes: number;
}

function head(url: string, headers: Record<string, string>, method: 'HEAD' | 'GET' = 'HEAD'): Promise<HttpResult> {
	return new Promise((res, rej) => {
		const req = request(url, { method, headers, timeout: 10_000 }, (r) => {
			let bodyBytes = 0;
			r.on('data', (c: Buffer) => (bodyBytes += c.length));
			r.on('end', () => res({ status: r.statusCode ?? 0, headers: r.headers, bodyBytes }));
		});
		req.on('timeout', () => req.destroy(new Error(`timeout ${url}`)));
		req.on('error', rej);
		req.end();
	});
}

export interface EncodingCheck {
	path: string;
	method: string;
	accept: string;
	status: number;
	encoding: string;
	length: number;
	expected: number;
	ok: boolean;
}

/** HEAD and GET with Accept-Encoding br (and gzip) against scripts/serve.js: the .br/.gz files must be sent. */
export async function checkEncoding(origin: string, site: string): Promise<EncodingCheck[]> {
	const assets = join(site, '_app', 'immutable', 'assets');
	const wasm = readdirSync(assets).find((f) => /^duckdb-eh\..*\.wasm$/.test(f));
	if (!wasm) throw new Error('duckdb-eh.*.wasm niet gevonden in de build');
	const file = join(assets, wasm);
	const urlPath = `/${relative(site, file)}`;
	const out: EncodingCheck[] = [];
	for (const [method, accept, suffix] of [
		['HEAD', 'br', 'br'],
		['GET', 'gzip, deflate, br', 'br'],
		['GET', 'gzip', 'gz'],
		['GET', 'identity', '']
	] as const) {
		const r = await head(`${origin}${urlPath}`, { 'Accept-Encoding': accept }, method);
		const expected = statSync(suffix ? `${file}.${suffix}` : file).size;
		const encoding = String(r.headers['content-encoding'] ?? '');
		const length = method === 'HEAD' ? Number(r.headers['content-length']) : r.bodyBytes;
		const wantEncoding = suffix === 'br' ? 'br' : suffix === 'gz' ? 'gzip' : '';
		out.push({ path: urlPath, method, accept, status: r.status, encoding: encoding || '(none)', length, expected, ok: r.status === 200 && encoding === wantEncoding && length === expected });
	}
	return out;
}

export type JsGroup = 'duckdb-wasm' | 'parquet-wasm' | 'apache-arrow' | 'app';
export interface JsFile {
	path: string; // URL path, e.g. /_app/immutable/chunks/x.js
	bytes: number;
	gzip: number;
	br: number | null; // size of the .br file served, if any
	group: JsGroup;
	label: string;
}

/**
 * Every .js under _app with its gzip size (level 9, computed here), grouped. DuckDB-WASM,
 * parquet-wasm and apache-arrow are identified by Vite's build manifest
 * (.svelte-kit/output/client/.vite/manifest.json: chunk of node_modules/@duckdb/duckdb-wasm/…,
 * node_modules/parquet-wasm/…, node_modules/apache-arrow/…) when it matches this build, else by
 * content signatures (worker file names duckdb-browser-*.worker.*.js; `AsyncDuckDB` with
 * `insertArrowFromIPCStream` and no `__vite__mapDeps`; `__wbindgen` with `readParquet`; many
 * `RecordBatch` names).
 */
export function jsInventory(site: string): { files: JsFile[]; method: string } {
	const files: JsFile[] = [];
	const walk = (dir: string) => {
		for (const e of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, e.name);
			if (e.isDirectory()) walk(full);
			else if (e.isFile() && e.name.endsWith('.js')) {
				const buf = readFileSync(full);
				files.push({
					path: `/${relative(site, full)}`,
					bytes: buf.length,
					gzip: gzipSync(buf, { level: 9 }).length,
					br: existsSync(`${full}.br`) ? statSync(`${full}.br`).size : null,
					group: 'app',
					label: guessLabel(buf.toString('utf8'), e.name)
				});
			}
		}
	};
	walk(join(site, '_app'));

	const byManifest = new Map<string, JsGroup>();
	let method = 'content signatures';
	const manifestFile = join(ROOT, '.svelte-kit', 'output', 'client', '.vite', 'manifest.json');
	if (existsSync(manifestFile)) {
		const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, { file: string }>;
		for (const [src, v] of Object.entries(manifest)) {
			if (!v.file.endsWith('.js')) continue;
			const group: JsGroup | null = src.startsWith('node_modules/@duckdb/duckdb-wasm/') ? 'duckdb-wasm' : src.startsWith('node_modules/parquet-wasm/') ? 'parquet-wasm' : src.startsWith('node_modules/apache-arrow/') ? 'apache-arrow' : null;
			if (group) byManifest.set(`/${v.file}`, group);
		}
		const paths = new Set(files.map((f) => f.path));
		if (byManifest.size && [...byManifest.keys()].every((p) => paths.has(p))) method = 'Vite build manifest (matches this build)';
		else byManifest.clear();
	}
	for (const f of files) {
		if (byManifest.size) {
			f.group = byManifest.get(f.path) ?? 'app';
			continue;
		}
		const src = readFileSync(join(site, f.path)).toString('utf8');
		const name = basename(f.path);
		if (/^duckdb-browser-.*\.worker\..*\.js$/.test(name) || (src.includes('AsyncDuckDB') && src.includes('insertArrowFromIPCStream') && !src.includes('__vite__mapDeps'))) f.group = 'duckdb-wasm';
		else if (src.includes('__wbindgen') && src.includes('readParquet')) f.group = 'parquet-wasm';
		else if ((src.match(/RecordBatch/g) ?? []).length > 20 && !src.includes('AsyncDuckDB')) f.group = 'apache-arrow';
	}
	// Our Parquet decoding worker is parquet-wasm's glue plus a page of ours (src/lib/db/parquet.worker.ts).
	for (const f of files) if (/\/parquet\.worker-[^/]+\.js$/.test(f.path)) f.group = 'parquet-wasm';
	for (const f of files) if (f.group !== 'app') f.label = f.group + (f.path.includes('worker') ? ' worker' : '');
	return { files: files.sort((a, b) => b.gzip - a.gzip), method };
}

/** A rough name for an app chunk, from literal strings that survive minification. */
function guessLabel(src: string, name: string): string {
	const tags: string[] = [];
	if (name.startsWith('app.') || name.startsWith('start.')) tags.push('SvelteKit entry');
	if (/^\d+\./.test(name)) tags.push(`route node ${name.split('.')[0]}`);
	if (/ZodError|invalid_type/.test(src)) tags.push('zod');
	if (/geoPath|geoMercator|geoIdentity|fitExtent|clipExtent/.test(src)) tags.push('d3-geo');
	if (/scaleLinear|ticks|nice\(/.test(src) && /interpolate/.test(src)) tags.push('d3-scale');
	if (/feature|mesh/.test(src) && /arcs/.test(src)) tags.push('topojson');
	if (/__vite__mapDeps/.test(src) && /insertArrowFromIPCStream/.test(src)) tags.push('app DuckDB loader (src/lib/db/browser.ts)');
	if (/hydrat/i.test(src) && /\$\$props|effect/.test(src) && src.length > 30_000) tags.push('svelte runtime');
	return tags.join(', ') || 'app/shared';
}
