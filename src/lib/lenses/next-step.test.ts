import { describe, expect, it } from 'vitest';
import { careRoute, careRoutes, monthsInWords, safeHref } from './next-step';
import { waitingTimes } from '../schema/index';
import { waitIsOld } from '../metrics/providers';

const urlField = waitingTimes.schema.shape.providerUrl;

describe('a provider page address', () => {
	const good = ['https://www.accare.nl/professionals/verwijzen/wachttijden-per-locatie/', 'http://kwadrant.nu/?s=wachttijd', 'HTTPS://WWW.ALTRECHT.NL/zorgeenheid/f-act/'];
	const bad = ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://ftp.example.nl/x', 'mailto:info@example.nl', '//evil.example/x', '/aanbieder?id=x', 'Onbekend', 'https://', 'https://www accare.nl/', 'http://localhost/x', ''];

	it('passes the data schema only as an http(s) URL with a host name (or empty)', () => {
		for (const url of good) expect(urlField.safeParse(url).success, url).toBe(true);
		for (const url of bad) expect(urlField.safeParse(url).success, url).toBe(false);
		expect(urlField.safeParse(null).success).toBe(true);
	});

	it('becomes a link on the page only when it is http(s), whatever the data holds', () => {
		expect(safeHref('https://www.accare.nl/x/')).toBe('https://www.accare.nl/x/');
		expect(safeHref(' http://www.psycholoogstiens.nl ')).toBe('http://www.psycholoogstiens.nl/');
		for (const url of bad.filter((u) => u !== 'http://localhost/x')) expect(safeHref(url), url).toBeNull();
		for (const v of [null, undefined, 42, {}]) expect(safeHref(v)).toBeNull();
	});
});

describe('how care is reached', () => {
	it('sends adult ggz to the huisarts, youth ggz and youth care to huisarts or wijkteam, Wmo to the municipality', () => {
		expect(careRoute({ scheme: 'nza-ggz', domain: 'zvw' })).toBe('ggz');
		expect(careRoute({ scheme: 'nza-ggz', domain: 'jeugd' })).toBe('ggz-jeugd');
		expect(careRoute({ scheme: 'iJw', domain: 'jeugd' })).toBe('jeugd');
		expect(careRoute({ scheme: 'iWmo', domain: 'wmo' })).toBe('wmo');
		expect(careRoute({ scheme: null, domain: 'wmo' })).toBe('wmo');
		expect(careRoute({ scheme: 'iJw', domain: null })).toBe('jeugd');
		expect(careRoute({ scheme: null, domain: null })).toBeNull();
		expect(careRoute(null)).toBeNull();
	});

	it('lists each way in once, in the order of the categories given', () => {
		expect(
			careRoutes([
				{ scheme: 'iWmo', domain: 'wmo' },
				{ scheme: 'iJw', domain: 'jeugd' },
				{ scheme: 'iWmo', domain: 'wmo' },
				{ scheme: 'nza-ggz', domain: 'zvw' },
				{ scheme: 'nza-ggz', domain: 'zvw' }
			])
		).toEqual(['wmo', 'jeugd', 'ggz']);
		expect(careRoutes([])).toEqual([]);
	});
});

describe('an old wait', () => {
	it('is one measured a year or more before the reference month', () => {
		expect(waitIsOld('2018-03', '2026-10-01')).toBe(true);
		expect(waitIsOld('2025-10', '2026-10-01')).toBe(true);
		expect(waitIsOld('2025-11', '2026-10-01')).toBe(false);
		expect(waitIsOld('2026-10', '2026-10-01')).toBe(false);
		for (const m of [null, undefined, '', '2018', 'maart 2018']) expect(waitIsOld(m, '2026-10-01')).toBe(false);
	});
});

describe('the months of the waits shown', () => {
	it('come from the rows, once each, oldest first', () => {
		expect(monthsInWords(['2018-03', null, '2018-02', '2018-03', undefined])).toBe('februari 2018 en maart 2018');
		expect(monthsInWords(['2018-03'])).toBe('maart 2018');
		expect(monthsInWords([null])).toBe('');
	});
});
