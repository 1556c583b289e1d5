/** A file's whole body, reporting each received part's size (for a progress bar). */
export async function fetchBytes(url: string, onProgress: (bytes: number) => void): Promise<Uint8Array> {
	const response = await fetch(url);
	if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
	const parts: Uint8Array[] = [];
	let size = 0;
	const reader = response.body.getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		parts.push(value);
		size += value.byteLength;
		onProgress(value.byteLength);
	}
	if (parts.length === 1) return parts[0]!;
	const out = new Uint8Array(size);
	let offset = 0;
	for (const p of parts) {
		out.set(p, offset);
		offset += p.byteLength;
	}
	return out;
}
