import { fileURLToPath } from 'node:url';

/** The project's root folder, found from this file, not from the working directory. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
