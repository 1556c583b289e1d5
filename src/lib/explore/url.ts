/**
 * The query in the address: short queries readable as `?sql=SELECT…`, long ones compressed
 * (`?sqlz=…`: deflate-raw, then base64url), so a shared link still fits where links are cut
 * off (mail clients, chat apps; browsers themselves take far longer ones).
 */
export const SQL_PARAM = 'sql';
export const SQLZ_PARAM = 'sqlz';
/** Longer than this, encoded, and the query is compressed. */
export const PLAIN_MAX = 600;

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
	const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
	return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
	let s = '';
	for (const b of bytes) s += String.fromCharCode(b);
	return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
	const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

/** `params` with the query written in (and any earlier one removed); other parameters stay. */
export async function writeQuery(params: URLSearchParams, sql: string): Promise<URLSearchParams> {
	const out = new URLSearchParams(params);
	out.delete(SQL_PARAM);
	out.delete(SQLZ_PARAM);
	if (sql.trim() === '') return out;
	if (encodeURIComponent(sql).length <= PLAIN_MAX) out.set(SQL_PARAM, sql);
	else out.set(SQLZ_PARAM, toBase64Url(await pipe(new TextEncoder().encode(sql), new CompressionStream('deflate-raw'))));
	return out;
}

/** The query in `params`, or null when there is none or it cannot be read (a cut-off link). */
export async function readQuery(params: URLSearchParams): Promise<string | null> {
	const plain = params.get(SQL_PARAM);
	if (plain !== null) return plain;
	const packed = params.get(SQLZ_PARAM);
	if (packed === null) return null;
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(await pipe(fromBase64Url(packed), new DecompressionStream('deflate-raw')));
	} catch {
		return null;
	}
}
