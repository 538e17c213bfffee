/** Saves numbered documents to one file as fast as it can, until killed (see atomic-write.test.ts). */
import { writeAtomic } from '../atomic-write';
import { numberedDocument } from './numbered-document';

const [file, start] = process.argv.slice(2);
let n = Number(start);
for (;;) {
  await writeAtomic(file!, numberedDocument(n));
  process.stdout.write(`${n}\n`);
  n += 1;
}
