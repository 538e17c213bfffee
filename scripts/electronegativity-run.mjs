// Runs the electronegativity scanner (its path is the first argument, the scanner's own
// arguments follow) with fs.writeFile made synchronous. Its CSV writer starts two asynchronous
// writes at once, the header (which truncates the file) and the findings (appended); when the
// append lands first, the header cuts or overwrites it. CI once read such a report, with a
// broken row. Made synchronous, the writes happen in the order they are made: header, findings.
import fs from 'node:fs';
import { createRequire } from 'node:module';

const writeFileSync = fs.writeFileSync;
fs.writeFile = (file, data, options, callback) => {
  const done = typeof options === 'function' ? options : callback;
  try {
    writeFileSync(file, data, typeof options === 'function' ? undefined : options);
  } catch (error) {
    if (done) done(error);
    return;
  }
  if (done) done(null);
};

const [scanner] = process.argv.splice(2, 1);
createRequire(import.meta.url)(scanner);
