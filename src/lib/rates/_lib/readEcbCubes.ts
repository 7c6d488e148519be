const COMMENT = /<!--[\s\S]*?-->/g;
const ENVELOPE = /<(?:[A-Za-z_][\w.-]*:)?Envelope[\s>]/;
const ENVELOPE_END = /<\/(?:[A-Za-z_][\w.-]*:)?Envelope\s*>\s*$/;
const CUBE = /<Cube(\s[^>]*)?\/?>/g;
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)\s*=\s*(?:'([^']*)'|"([^"]*)")/g;

export type Attributes = Map<string, string>;

/** What an ECB feed holds: whether it looks like one, whether it ends, its `<Cube>` attributes in order. */
export interface EcbCubes {
	envelope: boolean;
	complete: boolean;
	cubes: Attributes[];
}

function readAttributes(source: string): Attributes {
	const attributes: Attributes = new Map();
	for (const [, name, single, double] of source.matchAll(ATTRIBUTE))
		attributes.set(name, single ?? double);
	return attributes;
}

/** The `<Cube>` elements of an ECB feed, comments removed; a small reader of that one format. */
export function readEcbCubes(xml: string): EcbCubes {
	const text = xml.replace(COMMENT, '');
	return {
		envelope: ENVELOPE.test(text),
		complete: ENVELOPE_END.test(text),
		cubes: [...text.matchAll(CUBE)].map((match) => readAttributes(match[1] ?? ''))
	};
}
