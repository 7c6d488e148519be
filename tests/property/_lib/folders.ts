import { fileURLToPath } from 'node:url';
import type { Rules } from '$lib/schedules';
import { loadRules } from '$lib/server';
import { buildRules } from './rules';
import { HAND_MADE, type Folder } from './scenarios';
import { join } from 'node:path';
import { USAGE_VECTORS, VECTOR_RULES as VECTORS } from '../../_lib/vectors';

const SHIPPED = fileURLToPath(new URL('../../../rules', import.meta.url));
const USAGE = join(USAGE_VECTORS, 'rules');

/** A fresh copy of one of the rules folders the properties run against. */
export function loadFolder(folder: Folder): Rules {
	if (folder === 'shipped') return loadRules(SHIPPED);
	if (folder === 'vectors') return loadRules(VECTORS);
	if (folder === 'usage') return loadRules(USAGE);
	return buildRules(HAND_MADE);
}

/** Every folder, named for test titles. */
export const FOLDERS: [string, Folder][] = [
	['the shipped rules', 'shipped'],
	['the test-vector rules', 'vectors'],
	['the usage test-vector rules', 'usage'],
	['the hand-made schedules', 'hand-made']
];
