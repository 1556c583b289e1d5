/**
 * Data sources: the catalogue (catalogue.ts) and what pages say of it. Row `source` values point
 * there; /bronnen and every chart's source line are generated from it, so provenance is stated once. Source lines are read by
 * everyone, so they are in plain words; repositories and scripts (`via`) are named on /bronnen.
 */
import { periodText, tr } from '../i18n/text';
import { i18n, type Lang } from '../i18n/lang.svelte';
import { familyFiles } from '../db/user-data.svelte';
import { dateTime } from '../format';
import { sources, type DataSource } from './catalogue';

export { sources, type DataSource };

export const sourceById = new Map(sources.map((s) => [s.id, s]));

/**
 * A catalogued source, or the user's own files: 'eigen:<family>' (the files that replaced a demo
 * family) or a row `source` no catalogue entry names (then all the user's files), named with the
 * time they were loaded ("Uw gegevens: contracts.csv, lots.csv, geladen 6 december 2026 19:02").
 */
export function resolveSource(id: string): DataSource | undefined {
	if (!isUserSource(id)) return sourceById.get(id);
	const files = familyFiles(id.startsWith('eigen:') ? id.slice(6) : '');
	const names = files.map((f) => f.name).join(', ');
	const at = Math.max(0, ...files.map((f) => f.at));
	return {
		id,
		title: { nl: 'Uw gegevens', en: 'Your data' },
		publisher: '',
		line: { nl: () => `${names}, geladen ${dateTime(at, 'nl')}`, en: () => `${names}, loaded ${dateTime(at, 'en')}` },
		period: '',
		licence: '',
		url: null,
		real: true,
		user: true,
		notes: { nl: '', en: '' }
	};
}

/** A row's `source` that no catalogued source names: it came from the user's own file. */
export const isUserSource = (value: string | null | undefined): boolean => !!value && (value.startsWith('eigen:') || !splitSources(value).every((s) => sourceById.has(s)));

/** The words after a source's linked name in a source line: "(CBS, 2025)", or its own line ("verzonnen door …"). */
export function sourceWords(s: DataSource, lang: Lang = i18n.lang): string {
	const period = periodText(s.period, lang);
	return s.line ? `: ${s.line[lang](period)}` : ` (${s.publisher}, ${period})`;
}

/** A source as plain text, for an exported image: "Demodata: verzonnen door Regiozicht, 2015–2026, …". */
export function sourceText(s: DataSource, lang: Lang = i18n.lang): string {
	return `${tr(s.short ?? s.title, lang)}${sourceWords(s, lang)}`;
}

/** Row source values like "cbs-gebieden-2025+cbs-kwb-2023" name several sources. */
export function splitSources(value: string): string[] {
	return value.split('+').filter(Boolean);
}
