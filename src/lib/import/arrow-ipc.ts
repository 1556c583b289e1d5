/**
 * Validated rows → Arrow IPC streams, in the import worker: the page hands the bytes to
 * DuckDB (insertArrowFromIPCStream, a transfer, no copy) without touching a row.
 *
 * Every canonical column travels as text (DuckDB casts it to the column's type when the rows
 * go in), plus three columns for messages: _file and _row (where the row came from, shown to
 * the user) and _seq (its position, unique per table).
 *
 * Vectors are built from raw buffers: Arrow's own builders compile a null check with
 * `new Function`, which our Content-Security-Policy (rightly) forbids.
 */
import type * as Arrow from 'apache-arrow';
import { tableByName } from '../schema/index';
import { columns } from '../schema/table';
import { originOf } from './validate';

/** Rows per IPC stream: keeps each copy into DuckDB's wasm memory small. */
export const BATCH_ROWS = 65_536;

export interface StagedTable {
	name: string;
	rows: number;
	/** One IPC stream per batch of rows, in order. */
	ipc: Uint8Array[];
}

export function stageRows(arrow: typeof Arrow, name: string, rows: readonly Record<string, unknown>[], batchRows = BATCH_ROWS): StagedTable {
	const def = tableByName(name);
	if (!def) throw new Error(`Onbekende tabel: ${name}`);
	const cols = columns(def).map((c) => c.name);
	const ipc: Uint8Array[] = [];
	for (let start = 0; start < rows.length; start += batchRows) {
		const size = Math.min(batchRows, rows.length - start);
		// One pass over the rows, filling a text array per column.
		const values = cols.map(() => new Array<string | null>(size));
		const files = new Array<string>(size);
		const lines = new Int32Array(size);
		const seq = new Int32Array(size);
		for (let i = 0; i < size; i++) {
			const r = rows[start + i]!;
			for (let c = 0; c < cols.length; c++) {
				const v = r[cols[c]!];
				values[c]![i] = v === null || v === undefined ? null : typeof v === 'string' ? v : String(v);
			}
			// Rows without a remembered origin are named by table and position, as references.ts does.
			const origin = originOf(r);
			files[i] = origin?.file ?? name;
			lines[i] = origin?.row ?? start + i + 1;
			seq[i] = start + i;
		}
		const data: Record<string, Arrow.Vector> = {};
		cols.forEach((c, k) => (data[c] = utf8Vector(arrow, values[k]!)));
		data._file = utf8Vector(arrow, files);
		data._row = arrow.makeVector(lines);
		data._seq = arrow.makeVector(seq);
		const bytes = arrow.tableToIPC(new arrow.Table(data), 'stream');
		// Each stream gets a buffer of its own: sending one to DuckDB transfers (detaches) it.
		ipc.push(bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice());
	}
	return { name, rows: rows.length, ipc };
}

/** UTF-8 byte length of a string, as TextEncoder writes it (a lone surrogate becomes U+FFFD, 3 bytes). */
function utf8Length(s: string): number {
	let n = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c < 0x80) n += 1;
		else if (c < 0x800) n += 2;
		else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
			n += 4;
			i++;
		} else n += 3;
	}
	return n;
}

const encoder = new TextEncoder();

/** A string column: the values encoded in one go (fast), offsets from their lengths. */
export function utf8Vector(arrow: typeof Arrow, values: readonly (string | null)[]) {
	const n = values.length;
	const joined = values.map((v) => v ?? '').join('');
	let data = encoder.encode(joined);
	// All ASCII (the usual case): one byte per character, so string lengths are byte lengths.
	const ascii = data.length === joined.length;
	const valueOffsets = new Int32Array(n + 1);
	const nullBitmap = new Uint8Array((n + 7) >> 3);
	let nullCount = 0;
	let total = 0;
	for (let i = 0; i < n; i++) {
		const v = values[i];
		valueOffsets[i] = total;
		if (v === null || v === undefined) nullCount++;
		else {
			nullBitmap[i >> 3]! |= 1 << (i & 7);
			total += ascii ? v.length : utf8Length(v);
		}
	}
	valueOffsets[n] = total;
	// Half a surrogate pair at the end of one value and half at the start of the next join into
	// one character: then encode value by value.
	if (total !== data.length) {
		data = new Uint8Array(total);
		for (let i = 0; i < n; i++) encoder.encodeInto(values[i] ?? '', data.subarray(valueOffsets[i], valueOffsets[i + 1]));
	}
	return arrow.makeVector(arrow.makeData({ type: new arrow.Utf8(), length: n, nullCount, nullBitmap, valueOffsets, data }));
}
