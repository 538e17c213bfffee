// Reading electronegativity's CSV report and matching its findings against the justifications
// in scripts/electronegativity-justifications.json. Pure functions, tested on their own.

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, commas and newlines inside quotes). */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell.trim() !== ''));
}

/** The findings of a report: { check, severity, confidence, file, location, sample, description }. */
export function findingsFromCsv(text) {
  const [header, ...rows] = parseCsv(text);
  if (!header || header[0]?.trim() !== 'issue') throw new Error('The electronegativity report has no header row.');
  const broken = rows.findIndex((row) => row.length < 7);
  if (broken !== -1) {
    throw new Error(
      `The electronegativity report is malformed: row ${broken + 2} has ${rows[broken].length} fields, not 8.`,
    );
  }
  return rows.map(([check, severity, confidence, file, location, sample, description]) => ({
    check: check.trim(),
    severity: severity.trim(),
    confidence: confidence.trim(),
    file: file.trim(),
    location: location.trim(),
    sample: sample.trim(),
    description: description.trim(),
  }));
}

/** Checks the justification file's shape; every entry needs a check, a file and a real reason. */
export function validateJustifications(config) {
  const problems = [];
  if (!config || !Array.isArray(config.justified)) return ['The file must be an object with a "justified" array.'];
  config.justified.forEach((entry, i) => {
    for (const key of ['check', 'file', 'reason']) {
      if (typeof entry[key] !== 'string' || entry[key].trim() === '')
        problems.push(`justified[${i}].${key} is missing.`);
    }
    if (typeof entry.reason === 'string' && entry.reason.trim().length < 30) {
      problems.push(`justified[${i}].reason is too short to be a reason: "${entry.reason}".`);
    }
    if (entry.sample !== undefined && typeof entry.sample !== 'string')
      problems.push(`justified[${i}].sample must be text.`);
  });
  return problems;
}

/** Splits findings into justified (with the entry that justifies each) and unjustified ones. */
export function matchFindings(findings, justifications) {
  const used = new Set();
  const justified = [];
  const unjustified = [];
  for (const finding of findings) {
    const entry = justifications.find(
      (candidate) =>
        candidate.check === finding.check &&
        candidate.file === finding.file &&
        (candidate.sample === undefined || finding.sample.includes(candidate.sample)),
    );
    if (entry) {
      used.add(entry);
      justified.push({ finding, entry });
    } else unjustified.push(finding);
  }
  return { justified, unjustified, unused: justifications.filter((entry) => !used.has(entry)) };
}
