/** Field types shared by several canonical tables. */
import { z } from 'zod';
import { doc } from './table';

export const municipalityCode = () =>
	doc(z.string().regex(/^GM\d{4}$/, 'CBS-gemeentecode zoals GM0243'), 'CBS-gemeentecode (GMxxxx).', 'CBS municipality code (GMxxxx).');

export const domain = () =>
	doc(z.enum(['jeugd', 'wmo']), 'Wet: jeugd (Jeugdwet) of wmo (Wmo 2015).', 'Law: jeugd (Youth Act) or wmo (Social Support Act).');

export const isoDate = () => z.iso.date();

export const source = () =>
	doc(
		z.string().min(1),
		"Herkomst van de rij: een bron-id uit /bronnen, of 'demo' voor verzonnen voorbeelddata. In een CSV die u zelf laadt mag deze kolom ontbreken: dan is de bestandsnaam de bron. De bronnen van Regiozicht zelf (zoals 'demo') kunt u daar niet gebruiken.",
		"Provenance of the row: a source id listed on /bronnen, or 'demo' for made-up example data. In a CSV you load yourself this column may be left out: the file name is then the source. Regiozicht's own sources (such as 'demo') cannot be used there."
	);

export const year = () => z.int().min(1990).max(2100);

/** Two-digit iJw / iWmo product category, or an NZa ggz circuit code (see careCategories). */
export const categoryCode = () =>
	doc(z.string().min(2).max(32), 'Zorgcategorie (code uit de tabel careCategories).', 'Care category (code from the careCategories table).');

/**
 * A web address a page may link to: http or https with a real host name, nothing else (no
 * javascript:, data: or relative links), so a link built from data can only open a web page.
 */
export const httpUrl = () => z.url({ protocol: /^https?$/, hostname: z.regexes.domain });
