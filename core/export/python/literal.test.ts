import { describe, expect, it } from 'vitest';
import { LiteralError, py, pyComment, pyLiteral, pyString, PyTuple } from './literal';
import { projectNameProblem, suggestProjectName } from './identifier';

describe('pyLiteral', () => {
  it('escapes quotes, backslashes, line breaks and non-ASCII so a string cannot end early', () => {
    expect(pyString("it's")).toBe("'it\\'s'");
    expect(pyString('a\\b')).toBe("'a\\\\b'");
    expect(pyString('x\n\r\timport os')).toBe("'x\\n\\r\\timport os'");
    expect(pyString('é😀\u2028\u0000')).toBe("'\\xe9\\U0001f600\\u2028\\x00'");
  });

  it("writes Python's own words for booleans, None, tuples and dicts", () => {
    expect(pyLiteral({ a: true, b: null, c: new PyTuple(['x']), d: [1, 2.5] })).toBe(
      "{'a': True, 'b': None, 'c': ('x',), 'd': [1, 2.5]}",
    );
  });

  it('lays out long lists one item per line', () => {
    const long = Array.from({ length: 8 }, (_, i) => `django.contrib.app_number_${i}`);
    expect(pyLiteral(long)).toBe(`[\n${long.map((a) => `    '${a}',`).join('\n')}\n]`);
  });

  it('refuses values Python settings cannot hold', () => {
    expect(() => pyLiteral(Number.NaN)).toThrow(LiteralError);
    expect(() => pyLiteral(Number.POSITIVE_INFINITY)).toThrow(LiteralError);
  });

  it('the py tag turns interpolations into literals, never code', () => {
    expect(py`env(${"X') or __import__('os').system('id"})`.code).toBe(
      "env('X\\') or __import__(\\'os\\').system(\\'id')",
    );
  });

  it('comments lose their line breaks', () => {
    expect(pyComment('a\nimport os\r\u0085b')).toBe('a import os b');
  });
});

describe('project names', () => {
  it('accepts identifiers and explains every refusal', () => {
    expect(projectNameProblem('shop')).toBeNull();
    expect(projectNameProblem('my-shop')).toMatch(/not a valid Python identifier/);
    expect(projectNameProblem('lambda')).toMatch(/keyword/);
    expect(projectNameProblem('redis')).toMatch(/would hide the Python module/);
  });

  it('suggests a valid name from a file name', () => {
    expect(suggestProjectName('My Shop 2.djstack')).toBe('my_shop_2');
    expect(suggestProjectName('2024.djstack')).toBe('project_2024');
    expect(suggestProjectName('celery.djstack')).toBe('celery_project');
    expect(suggestProjectName('???')).toBe('project');
  });
});
