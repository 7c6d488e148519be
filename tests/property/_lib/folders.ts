import { fileURLToPath } from 'node:url';
import type { Rules } from '$lib/schedules';
import { loadRules } from '$lib/server/loadRules';
import { buildRules } from './rules';
import { HAND_MADE, type Folder } from './scenarios';
import { VECTOR_RULES as VECTORS } from '../../_lib/vectors';

const SHIPPED = fileURLToPath(new URL('../../../rules', import.meta.url));

/** A fresh copy of one of the rules folders the properties run against. */
export function loadFolder(folder: Folder): Rules {
	if (folder === 'shipped') return loadRules(SHIPPED);
	if (folder === 'vectors') return loadRules(VECTORS);
	return buildRules(HAND_MADE);
}

/** Every folder, named for test titles. */
export const FOLDERS: [string, Folder][] = [
	['the shipped rules', 'shipped'],
	['the test-vector rules', 'vectors'],
	['the hand-made schedules', 'hand-made']
];
