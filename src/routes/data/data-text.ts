/** Words of /data (every table for download), Dutch and English; kept beside the page so other pages do not ship them. */

export const dataPage = {
	title: { nl: 'Data downloaden · Regiozicht', en: 'Download the data · Regiozicht' },
	h1: { nl: 'Alle data downloaden', en: 'Download all the data' },
	lede: {
		nl: 'Elke tabel achter Regiozicht, als CSV (voor een spreadsheet) en als Parquet (voor DuckDB, R of Python). De adressen blijven gelijk, dus u kunt er in een script naar verwijzen. Per tabel staat waar de rijen vandaan komen, hoe de tabel aan andere tabellen koppelt, en wat elk veld betekent.',
		en: 'Every table behind Regiozicht, as CSV (for a spreadsheet) and as Parquet (for DuckDB, R or Python). The addresses stay the same, so a script can point at them. Each table says where its rows come from, how it joins other tables, and what every field means.'
	},
	built: {
		nl: (date: string) => `Stand van de data: ${date}.`,
		en: (date: string) => `Data as of ${date}.`
	},
	csvNote: {
		nl: 'De CSV heeft komma’s tussen de cellen en punten in getallen. Tekst die een spreadsheet als formule zou uitvoeren (begint met =, +, - of @) krijgt een apostrof ervoor. Lege tekst staat er als "", een ontbrekende waarde als niets.',
		en: 'The CSV has commas between cells and points in numbers. Text a spreadsheet would run as a formula (starting with =, +, - or @) gets an apostrophe in front. Empty text is written as "", a missing value as nothing.'
	},
	demoNote: {
		nl: 'Demo: de kolom source zegt per rij waar die vandaan komt; "demo" betekent verzonnen voorbeelddata. Zo blijft het label ook in een bewerkt bestand staan.',
		en: 'Demo: the source column says where each row comes from; "demo" means made-up example data. So the label stays in an edited file too.'
	},
	modelTables: { nl: 'Tabellen van het model', en: 'Tables of the model' },
	moneyTables: { nl: 'Geldtabellen (CBS Iv3 en Gemeentefonds)', en: 'Money tables (CBS Iv3 and Municipal Fund)' },
	rows: { nl: 'Rijen', en: 'Rows' },
	rowCount: {
		nl: (rows: string, demo: string | null) => `${rows} rijen${demo ? `, waarvan ${demo} demo` : ''}`,
		en: (rows: string, demo: string | null) => `${rows} rows${demo ? `, of which ${demo} demo` : ''}`
	},
	allDemo: { nl: 'alle rijen verzonnen', en: 'all rows made up' },
	someDemo: { nl: 'deels verzonnen', en: 'partly made up' },
	key: { nl: 'Sleutel', en: 'Key' },
	source: { nl: 'Bron', en: 'Source' },
	licence: { nl: 'Licentie', en: 'Licence' },
	joins: { nl: 'Koppelen', en: 'Joins' },
	joinsOut: {
		nl: (field: string, table: string, target: string) => `${field} verwijst naar ${table}.${target}`,
		en: (field: string, table: string, target: string) => `${field} refers to ${table}.${target}`
	},
	joinsIn: {
		nl: (table: string, field: string, own: string) => `${table}.${field} verwijst naar ${own} van deze tabel`,
		en: (table: string, field: string, own: string) => `${table}.${field} refers to ${own} of this table`
	},
	noJoins: { nl: 'Deze tabel koppelt niet aan andere tabellen.', en: 'This table joins no other tables.' },
	downloads: { nl: 'Downloaden', en: 'Download' },
	csvLink: {
		nl: (table: string) => `CSV van ${table}`,
		en: (table: string) => `CSV of ${table}`
	},
	parquetLink: {
		nl: (table: string, size: string) => `Parquet van ${table} (${size})`,
		en: (table: string, size: string) => `Parquet of ${table} (${size})`
	},
	fields: {
		nl: (n: number) => `Velden (${n})`,
		en: (n: number) => `Fields (${n})`
	},
	fieldsCaption: {
		nl: (table: string) => `Velden van ${table}`,
		en: (table: string) => `Fields of ${table}`
	}
};
