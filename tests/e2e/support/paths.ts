import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file so the tests run from any working directory. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export const screenshotDir = path.join(repoRoot, 'test-results', 'e2e');
