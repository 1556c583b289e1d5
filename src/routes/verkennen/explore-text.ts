/** The words of /verkennen (the SQL explorer), in Dutch (B1) and English. */
import { plural } from '$lib/format';

export const explore = {
	title: { nl: 'Verkennen met SQL', en: 'Explore with SQL' },
	metaDescription: {
		nl: 'Stel uw eigen vragen aan alle tabellen van Regiozicht met SQL, in uw browser. Deel de link, download het antwoord als CSV, Parquet of JSON.',
		en: 'Ask your own questions of all Regiozicht tables with SQL, in your browser. Share the link, download the answer as CSV, Parquet or JSON.'
	},
	intro: {
		nl: 'Hier stelt u zelf vragen aan alle tabellen achter de site, in de taal SQL. Alles gebeurt in uw browser: uw query en het antwoord verlaten uw computer niet. U kunt niets kapotmaken: hier kan alleen gelezen worden.',
		en: 'Here you ask your own questions of all tables behind the site, in the SQL language. Everything happens in your browser: your query and the answer never leave your computer. You cannot break anything: this page can only read.'
	},
	examplesTitle: { nl: 'Voorbeelden', en: 'Examples' },
	examplesIntro: { nl: 'Kies een voorbeeld: het komt in het invoerveld en wordt meteen uitgevoerd. Pas het daarna aan.', en: 'Pick an example: it goes into the editor and runs at once. Then change it.' },
	editorLabel: { nl: 'Uw query (SQL)', en: 'Your query (SQL)' },
	editorHint: { nl: 'Uitvoeren: Ctrl+Enter (Mac: Cmd+Enter). Alleen lezen: SELECT, WITH, FROM, DESCRIBE, SHOW, SUMMARIZE.', en: 'Run: Ctrl+Enter (Mac: Cmd+Enter). Read only: SELECT, WITH, FROM, DESCRIBE, SHOW, SUMMARIZE.' },
	run: { nl: 'Uitvoeren', en: 'Run' },
	cancel: { nl: 'Stoppen', en: 'Stop' },
	running: { nl: 'Bezig met uitvoeren…', en: 'Running…' },
	waiting: { nl: 'De database start nog; uw query wordt uitgevoerd zodra die klaar is.', en: 'The database is still starting; your query runs as soon as it is ready.' },
	cancelled: { nl: 'Gestopt. De query is afgebroken; de tabellen zijn onveranderd.', en: 'Stopped. The query was cancelled; the tables are unchanged.' },
	errorTitle: { nl: 'De query werkt niet', en: 'The query does not work' },
	errorAt: {
		nl: (line: number, column: number) => `Het probleem zit in regel ${line}, bij teken ${column}:`,
		en: (line: number, column: number) => `The problem is on line ${line}, at character ${column}:`
	},
	resultTitle: { nl: 'Antwoord', en: 'Result' },
	resultSummary: {
		nl: (rows: string, n: number, columns: number, ms: string) => `${rows} ${n === 1 ? 'rij' : 'rijen'}, ${plural(columns, 'kolom', 'kolommen', 'nl')}, in ${ms} s.`,
		en: (rows: string, n: number, columns: number, ms: string) => `${rows} ${n === 1 ? 'row' : 'rows'}, ${plural(columns, 'column', 'columns', 'en')}, in ${ms} s.`
	},
	truncated: {
		nl: (max: string) => `Alleen de eerste ${max} rijen worden getoond en gedownload. Maak de vraag kleiner (WHERE, GROUP BY of LIMIT) voor de rest.`,
		en: (max: string) => `Only the first ${max} rows are shown and downloaded. Narrow the query (WHERE, GROUP BY or LIMIT) for the rest.`
	},
	demoUsed: {
		nl: (tables: string) => `Dit antwoord komt (deels) uit verzonnen voorbeelddata, uit de tabellen ${tables}.`,
		en: (tables: string) => `This result comes (partly) from made-up example data, from the tables ${tables}.`
	},
	noRows: { nl: 'De query gaf geen rijen.', en: 'The query returned no rows.' },
	download: { nl: 'Downloaden:', en: 'Download:' },
	downloadJson: { nl: 'JSON', en: 'JSON' },
	writing: { nl: 'Parquet-bestand wordt gemaakt…', en: 'Writing the Parquet file…' },
	parquetFailed: { nl: 'Het Parquet-bestand kon niet worden gemaakt:', en: 'The Parquet file could not be written:' },
	sortNote: {
		nl: 'Klik op een kolomkop om te sorteren; dat gebeurt in uw browser op het hele antwoord, de query verandert niet.',
		en: 'Click a column heading to sort; this happens in your browser on the whole result, the query does not change.'
	},
	sortBy: { nl: (c: string) => `Sorteer op ${c}`, en: (c: string) => `Sort by ${c}` },
	tableLabel: { nl: 'Antwoord van de query', en: 'Query result' },
	scrollHint: { nl: 'Tabel met het antwoord; scroll met de pijltjestoetsen of Page Up/Down.', en: 'Table with the result; scroll with the arrow keys or Page Up/Down.' },
	chartTitle: { nl: 'Snelle grafiek', en: 'Quick chart' },
	chartKind: { nl: 'Soort grafiek', en: 'Chart type' },
	chartX: { nl: 'Horizontaal', en: 'Horizontal' },
	chartY: { nl: 'Verticaal', en: 'Vertical' },
	kinds: {
		bar: { nl: 'Staaf', en: 'Bar' },
		line: { nl: 'Lijn', en: 'Line' },
		scatter: { nl: 'Spreiding', en: 'Scatter' }
	},
	noChart: { nl: 'Voor een grafiek is minstens één kolom met getallen nodig.', en: 'A chart needs at least one column of numbers.' },
	chartFirst: {
		nl: (n: string) => `De grafiek toont de eerste ${n} rijen.`,
		en: (n: string) => `The chart shows the first ${n} rows.`
	},
	schemaTitle: { nl: 'Tabellen', en: 'Tables' },
	schemaIntro: {
		nl: 'Alle tabellen die u kunt bevragen, met hun kolommen. Klik op een tabelnaam om hem in uw query te zetten.',
		en: 'Every table you can query, with its columns. Click a table name to put it into your query.'
	},
	rows: { nl: (n: string) => `${n} rijen`, en: (n: string) => `${n} rows` },
	insert: { nl: (t: string) => `Zet ${t} in de query`, en: (t: string) => `Put ${t} into the query` },
	column: { nl: 'Kolom', en: 'Column' },
	type: { nl: 'Type', en: 'Type' },
	meaning: { nl: 'Betekenis', en: 'Meaning' },
	provenance: {
		real: { nl: 'echt', en: 'real' },
		demo: { nl: 'demo', en: 'demo' },
		mixed: { nl: 'echt + demo', en: 'real + demo' },
		derived: { nl: 'berekend', en: 'derived' },
		mine: { nl: 'met uw data', en: 'with your data' }
	},
	provenanceNote: {
		nl: 'Per tabel staat erbij of de rijen echt zijn, verzonnen (demo), een mengsel, door Regiozicht berekend, of (deels) uit uw eigen bestanden.',
		en: 'Each table says whether its rows are real, made up (demo), a mix, derived by Regiozicht, or (partly) from your own files.'
	},
	dataSite: { nl: 'U zoekt in de data van deze site.', en: 'You are searching the data of this site.' },
	dataMine: {
		nl: (n: number) => `U zoekt in de data van deze site én in uw eigen data (${plural(n, 'bestand', 'bestanden', 'nl')}, alleen in dit tabblad).`,
		en: (n: number) => `You are searching the data of this site and your own data (${plural(n, 'file', 'files', 'en')}, only in this tab).`
	},
	dataMineLink: { nl: 'Eigen data', en: 'Your own data' },
};
