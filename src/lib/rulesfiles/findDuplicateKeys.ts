type Frame =
	{ kind: 'object'; keys: Set<string>; key: string | null } | { kind: 'array'; index: number };

/** The string token starting at the quote at `start`, decoded, and the index after it. */
function readString(text: string, start: number): { value: string; end: number } {
	let i = start + 1;
	while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
	return { value: JSON.parse(text.slice(start, i + 1)) as string, end: i + 1 };
}

/**
 * Paths of object keys that appear twice in one object, which JSON.parse silently resolves
 * to the last. `text` must already be valid JSON.
 */
export function findDuplicateKeys(text: string): (string | number)[][] {
	const found: (string | number)[][] = [];
	const stack: Frame[] = [];
	const pathTo = (frames: Frame[]) =>
		frames.map((frame) => (frame.kind === 'array' ? frame.index : (frame.key ?? '')));
	let i = 0;
	while (i < text.length) {
		const char = text[i];
		const top = stack[stack.length - 1];
		if (char === '{') stack.push({ kind: 'object', keys: new Set(), key: null });
		else if (char === '[') stack.push({ kind: 'array', index: 0 });
		else if (char === '}' || char === ']') stack.pop();
		else if (char === ',' && top?.kind === 'array') top.index++;
		else if (char === ',' && top?.kind === 'object') top.key = null;
		else if (char === '"') {
			const { value, end } = readString(text, i);
			if (top?.kind === 'object' && top.key === null) {
				if (top.keys.has(value)) found.push([...pathTo(stack.slice(0, -1)), value]);
				top.keys.add(value);
				top.key = value;
			}
			i = end;
			continue;
		}
		i++;
	}
	return found;
}
