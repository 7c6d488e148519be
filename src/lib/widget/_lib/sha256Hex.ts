// The engine's SHA-256, which the widget's build puts in a file of its own (withId.ts loads it
// only where the browser offers none).
export { sha256Hex } from '../../engine';
