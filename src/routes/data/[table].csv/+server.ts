import { error } from '@sveltejs/kit';
import { buildDb } from '$lib/server/build-db';
import { downloadTable, downloadTables, tableCsv } from '$lib/server/table-files';
import type { EntryGenerator } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => downloadTables.map((t) => ({ table: t.name }));

/** A table as CSV at a stable address, /data/<table>.csv, written at build from the Parquet file beside it. */
export async function GET({ params }) {
	const table = downloadTable(params.table);
	if (!table) error(404, 'Onbekende tabel');
	return new Response(await tableCsv(await buildDb(), table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
