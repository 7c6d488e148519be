import { ENGINE_NOTICE_CODES } from '../../engine';

/** Every notice code the engine itself raises (`schedule-format.md`, Limits and notices). */
export const ENGINE_CODES: ReadonlySet<string> = new Set(ENGINE_NOTICE_CODES);
