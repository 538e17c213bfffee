// `npm run security`: runs the Electron security scanner electronegativity over the app's
// sources (main, preload, the renderer's page and code; not tests) and fails on any finding
// that scripts/electronegativity-justifications.json does not justify with a reason. The
// scanner itself exits 0 whatever it finds, so its CSV report is read here.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findingsFromCsv, matchFindings, validateJustifications } from './electronegativity-findings.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const justificationsFile = join(root, 'scripts', 'electronegativity-justifications.json');
const isTestFile = (path) => /\.test\.tsx?$/.test(path) || /[\\/]test-support([\\/]|$)/.test(path);

// The scanned tree keeps the repository's paths (electron/main/index.ts), so justifications name real files.
const stage = mkdtempSync(join(tmpdir(), 'djstack-electronegativity-'));
const copy = (from) => {
  if (existsSync(join(root, from)))
    cpSync(join(root, from), join(stage, from), { recursive: true, filter: (path) => !isTestFile(path) });
};
copy('electron');
copy('renderer/index.html');
copy('renderer/src');

const report = join(stage, 'report.csv');
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const scanner = require.resolve('@doyensec/electronegativity/dist/index.js');
const run = spawnSync(
  process.execPath,
  [
    join(root, 'scripts', 'electronegativity-run.mjs'),
    scanner,
    '-i',
    stage,
    '-r',
    '-v',
    'false',
    '-e',
    electronVersion,
    '-o',
    report,
  ],
  {
    encoding: 'utf8',
    cwd: stage,
  },
);

function finish(code, lines) {
  for (const line of lines) (code === 0 ? console.log : console.error)(line);
  rmSync(stage, { recursive: true, force: true });
  process.exit(code);
}

if (run.status !== 0 || !existsSync(report)) {
  finish(1, [`electronegativity did not produce a report (exit ${run.status}).`, run.stderr.trim()]);
}

const config = JSON.parse(readFileSync(justificationsFile, 'utf8'));
const configProblems = validateJustifications(config);
if (configProblems.length > 0)
  finish(1, ['scripts/electronegativity-justifications.json is not valid:', ...configProblems]);

let findings;
try {
  findings = findingsFromCsv(readFileSync(report, 'utf8'));
} catch (error) {
  finish(1, [error.message]);
}
const { justified, unjustified, unused } = matchFindings(findings, config.justified);
const lines = [
  `electronegativity ${electronVersion ? `(Electron ${electronVersion})` : ''}: ${findings.length} findings, ${justified.length} justified.`,
];
for (const { finding, entry } of justified)
  lines.push(`  ok   ${finding.check} ${finding.file} ${finding.location}: ${entry.reason}`);
for (const entry of unused)
  lines.push(
    `  note the justification for ${entry.check} in ${entry.file} matched nothing; remove it if the code changed.`,
  );
if (unjustified.length === 0) finish(0, lines);
lines.push(
  '',
  `${unjustified.length} finding(s) are not justified. Fix them, or justify each in scripts/electronegativity-justifications.json with a reason:`,
);
for (const finding of unjustified) {
  lines.push(
    `  FAIL ${finding.check} (${finding.severity}, ${finding.confidence}) ${finding.file} ${finding.location}: ${finding.description}`,
  );
  if (finding.sample && finding.sample !== 'N/A') lines.push(`       ${finding.sample.slice(0, 200)}`);
}
finish(1, lines);
