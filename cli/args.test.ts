import { describe, expect, it } from 'vitest';
import { parseCommandArgs, targetOption, type OptionSpecs } from './args';
import { UsageError } from './io';

const OPTIONS = {
  force: { type: 'boolean' },
  out: { type: 'string', short: 'o', missing: '--out expects a folder' },
  service: { type: 'string', multiple: true },
  django: targetOption('--django'),
} satisfies OptionSpecs;

const parse = (args: string[], loneDashIsArgument = false) =>
  parseCommandArgs(args, OPTIONS, { loneDashIsArgument, maxPositionals: 1, tooMany: 'expected one file' });

describe('parseCommandArgs', () => {
  it('takes a value from --flag=value, the next argument or a short flag', () => {
    expect(parse(['a.djstack', '--out=site', '--force', '--django', '4.2'])).toEqual({
      values: { out: 'site', force: true, django: '4.2' },
      positionals: ['a.djstack'],
    });
    expect(parse(['-o', 'b']).values.out).toBe('b');
  });

  it('collects a repeatable option in order', () => {
    expect(parse(['--service', 'redis-server', '--service=postgresql']).values.service).toEqual([
      'redis-server',
      'postgresql',
    ]);
  });

  it('a flag without its value says what it expects', () => {
    expect(() => parse(['--out'])).toThrow(new UsageError('--out expects a folder'));
    expect(() => parse(['--out='])).toThrow(new UsageError('--out expects a folder'));
    expect(() => parse(['--django', 'five'])).toThrow(new UsageError('--django expects a version like 5.2'));
    expect(() => parse(['--service'])).toThrow(new UsageError('--service expects a value'));
  });

  it('an unknown flag is named without its inline value', () => {
    expect(() => parse(['--verbose=yes'])).toThrow(new UsageError('unknown option --verbose'));
    expect(() => parse(['-x'])).toThrow(new UsageError('unknown option -x'));
  });

  it('a switch given a value is bad usage', () => {
    expect(() => parse(['--force=yes'])).toThrow(new UsageError('--force takes no value'));
  });

  it('reports the first problem in the order given', () => {
    expect(() => parse(['a', 'b', '--verbose'])).toThrow(new UsageError('expected one file'));
    expect(() => parse(['--verbose', 'a', 'b'])).toThrow(new UsageError('unknown option --verbose'));
  });

  it('a lone dash is an unknown option unless the command takes it as a file name', () => {
    expect(() => parse(['-'])).toThrow(new UsageError('unknown option -'));
    expect(parse(['-'], true).positionals).toEqual(['-']);
  });

  it('after --, everything is a file name', () => {
    expect(parse(['--', '--force']).positionals).toEqual(['--force']);
  });
});
