/**
 * An independent reading of a requirements file for round-trip tests: what pip would install,
 * per project name (specifier clauses, extras, marker, URL, hashes, editable) and the file's
 * options. Written apart from core/requirements on purpose, with plain string rules for the
 * shapes the generators produce, so that a bug in the parser cannot hide in both sides.
 */

/** One requirement's meaning. Sets are sorted arrays, so equal meanings compare equal. */
export interface RequirementMeaning {
  specifier: string[];
  extras: string[];
  marker: string;
  url: string;
  hashes: string[];
  editable: boolean;
}

export interface FileMeaning {
  /** PEP 503 name → its lines' meanings, in file order. */
  requirements: Record<string, RequirementMeaning[]>;
  /** Lines pip reads that name no project (a URL without #egg=). */
  anonymous: string[];
  /** Options, each as "name value", in file order. */
  options: string[];
}

const normalise = (name: string) => name.toLowerCase().replace(/[-_.]+/g, '-');
const sorted = (values: string[]) => [...new Set(values)].sort();

function logical(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const out: string[] = [];
  let pending = '';
  for (const line of lines) {
    if (/^\s*#/.test(line)) {
      if (pending) {
        out.push(pending);
        pending = '';
      }
      continue;
    }
    if (line.endsWith('\\')) {
      pending += line.slice(0, -1);
      continue;
    }
    out.push(pending + line);
    pending = '';
  }
  if (pending) out.push(pending);
  return out.map((line) => line.replace(/(^|\s)#.*$/, '').trim()).filter(Boolean);
}

/** What a requirements file asks pip for. */
export function requirementsMeaning(text: string): FileMeaning {
  const meaning: FileMeaning = { requirements: {}, anonymous: [], options: [] };
  for (const line of logical(text)) {
    const words = line.split(/\s+/);
    const firstOption = words.findIndex((w) => w.startsWith('-'));
    const head = (firstOption === -1 ? words : words.slice(0, firstOption)).join(' ');
    const tail = firstOption === -1 ? [] : words.slice(firstOption);
    if (!head) {
      if (tail[0] === '-e' || tail[0] === '--editable') {
        add(meaning, tail.slice(1).join(' '), [], true);
        continue;
      }
      meaning.options.push(tail.map((w) => w.replace(/^--?([a-z-]+)=/, '--$1 ')).join(' '));
      continue;
    }
    add(meaning, head, tail, false);
  }
  return meaning;
}

function add(meaning: FileMeaning, head: string, options: string[], editable: boolean): void {
  const hashes: string[] = [];
  for (let i = 0; i < options.length; i++) {
    const option = options[i]!;
    if (option.startsWith('--hash=')) hashes.push(option.slice(7));
    else if (option === '--hash') hashes.push(options[++i] ?? '');
  }
  const [requirement, marker = ''] = splitMarker(head);
  const urlOnly = /^(git\+|hg\+|https?:|file:|\.|\/)/.test(requirement);
  let name: string | null;
  let extras: string[] = [];
  let specifier: string[] = [];
  let url: string;
  if (urlOnly) {
    url = requirement;
    name = /[#&]egg=([A-Za-z0-9._-]+)/.exec(requirement)?.[1] ?? null;
  } else {
    const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?\s*(?:@\s*(\S+))?\s*(.*)$/.exec(requirement);
    if (!match) throw new Error(`the test reader does not know this line: ${requirement}`);
    name = match[1]!;
    extras = (match[2] ?? '')
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean);
    url = match[3] ?? '';
    specifier = match[4]!
      .replace(/[()\s]/g, '')
      .split(',')
      .filter(Boolean);
  }
  if (name === null) {
    meaning.anonymous.push(url);
    return;
  }
  const key = normalise(name);
  (meaning.requirements[key] ??= []).push({
    specifier: sorted(specifier),
    extras: sorted(extras.map(normalise)),
    marker: marker.replace(/\s+/g, ' ').trim(),
    url,
    hashes: sorted(hashes),
    editable,
  });
}

/** Splits "req ; marker" (for a URL, the ";" must follow a space, as PEP 508 says). */
function splitMarker(head: string): [string, string?] {
  const index = head.search(/\s;|;(?=\s*[a-z_]+\s*(==|!=|<|>|in\b|not\b))/);
  if (index === -1) return [head.trim()];
  const semicolon = head.indexOf(';', index);
  return [head.slice(0, semicolon).trim(), head.slice(semicolon + 1).trim()];
}
