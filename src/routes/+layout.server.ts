import { readFileSync } from 'node:fs';

/**
 * The day the site's data were built (static/data/manifest.json, `built`): a printed page
 * states it in its footer. Read once per build; null when the manifest predates the field.
 */
let built: string | null | undefined;
export function load() {
	built ??= (JSON.parse(readFileSync('static/data/manifest.json', 'utf8')) as { built?: string }).built ?? null;
	return { dataDate: built };
}
