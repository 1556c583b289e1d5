/**
 * A query result (Arrow IPC stream, as DuckDB-WASM gives it) written as a Parquet file with
 * parquet-wasm: DuckDB-WASM cannot write Parquet without downloading an extension. The module is
 * passed in, so the worker (browser) and the unit test (Node) use the same code.
 */
import type * as ParquetWasm from 'parquet-wasm/esm';

export type ParquetModule = Pick<typeof ParquetWasm, 'Table' | 'writeParquet' | 'WriterPropertiesBuilder' | 'Compression'>;

export function ipcToParquet(pw: ParquetModule, ipc: Uint8Array): Uint8Array {
	const table = pw.Table.fromIPCStream(ipc);
	const properties = new pw.WriterPropertiesBuilder().setCompression(pw.Compression.ZSTD).setCreatedBy('Regiozicht /verkennen').build();
	// writeParquet consumes the table and the properties (their wasm memory is freed by it).
	return pw.writeParquet(table, properties);
}
