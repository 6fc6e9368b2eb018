import { afterAll } from 'vitest';
import { cleanupAll } from './repo.js';

// Every test file removes the folders it made with tempDir, whether or not it asked to.
afterAll(cleanupAll);
