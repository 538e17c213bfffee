import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { removeStaleTemps, writeAtomic } from './atomic-write';
import { numberedDocument } from './test-support/numbered-document';

const CHILD = fileURLToPath(new URL('./test-support/atomic-writer-child.ts', import.meta.url));
const KILLS = 8;
const SAVES_BEFORE_KILL = 3;
/** Rounds of KILLS writers; one round has almost always landed a kill mid-write, ten make a miss negligible. */
const MAX_ROUNDS = 10;
// The writer is TypeScript: run it through tsx, resolved from here so the working folder does not matter.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Starts a writer saving documents start, start+1, ... and kills it with SIGKILL `delayMs` after its third save. */
function killWriterMidway(file: string, start: number, delayMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, CHILD, file, String(start)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let saves = 0;
    let stderr = '';
    let timer: NodeJS.Timeout | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      saves += chunk.toString().split('\n').filter(Boolean).length;
      // Kill only once saves are under way, at a moment that has nothing to do with their rhythm.
      if (saves >= SAVES_BEFORE_KILL) timer ??= setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`the writer stopped by itself: ${stderr}`));
      else resolve(saves);
    });
  });
}

describe('atomic saves', () => {
  it('replaces the content and leaves no temporary file behind', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'djstack-atomic-'));
    const file = join(folder, 'stack.djstack');
    await writeAtomic(file, 'old');
    await writeAtomic(file, new TextEncoder().encode('new'));
    expect(await readFile(file, 'utf8')).toBe('new');
    expect(await readdir(folder)).toEqual(['stack.djstack']);
  });

  it('writers killed in the middle of many saves leave the old or the new complete document, never a broken one', async () => {
    let leftoversSeen = 0;
    // A kill lands in a random moment of a save cycle; rounds go on until some kill has landed
    // while a temporary file was open (seen as left-over files), so the test proves what it says.
    for (let round = 0; round < MAX_ROUNDS && leftoversSeen === 0; round += 1) {
      const folder = await mkdtemp(join(tmpdir(), 'djstack-kill-'));
      const files = Array.from({ length: KILLS }, (_, i) => join(folder, `stack-${i}.djstack`));
      await Promise.all(files.map((file) => writeFile(file, numberedDocument(0))));
      // The writers run side by side (each on its own file), each killed at a different moment.
      const delays = files.map((_, i) => 20 + ((i * 37 + round * 53) % 120));
      const saves = await Promise.all(files.map((file, i) => killWriterMidway(file, 1, delays[i]!)));
      for (const [i, file] of files.entries()) {
        const text = await readFile(file, 'utf8');
        const save = (JSON.parse(text) as { save: number }).save;
        // Whole and exactly one of the documents: the last finished save or the one in flight.
        expect(text).toBe(numberedDocument(save));
        expect(save).toBeGreaterThanOrEqual(saves[i]!);
        expect(save).toBeLessThanOrEqual(saves[i]! + 1);
      }
      for (const count of saves) expect(count).toBeGreaterThanOrEqual(SAVES_BEFORE_KILL);
      const leftovers = (await readdir(folder)).filter((name) => !name.endsWith('.djstack'));
      leftoversSeen += leftovers.length;
      // The next start removes what the killed writers left, and nothing else.
      expect((await removeStaleTemps(folder)).sort()).toEqual(leftovers.sort());
      expect((await readdir(folder)).sort()).toEqual(files.map((file) => basename(file)).sort());
    }
    // Left-over temporary files prove that kills landed in the middle of writes, not between them.
    expect(leftoversSeen).toBeGreaterThan(0);
  }, 120_000);
});
