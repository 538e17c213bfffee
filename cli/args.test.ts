import { describe, expect, it } from 'vitest';
import { targetVersion, walkArgs } from './args';
import { UsageError } from './io';

function walk(args: string[], loneDashIsArgument = false) {
  const seen: string[] = [];
  walkArgs(args, {
    flag(flag, value) {
      if (flag === '--force') seen.push('force');
      else if (flag === '--out') seen.push(`out=${value('--out expects a folder')}`);
      else if (flag === '--django') seen.push(`django=${targetVersion(flag, value)}`);
      else return false;
      return true;
    },
    argument: (arg) => seen.push(`file=${arg}`),
    loneDashIsArgument,
  });
  return seen;
}

describe('walkArgs', () => {
  it('takes a value from --flag=value or from the next argument, in order', () => {
    expect(walk(['a.djstack', '--out=site', '--force', '--out', 'b', '--django', '4.2'])).toEqual([
      'file=a.djstack',
      'out=site',
      'force',
      'out=b',
      'django=4.2',
    ]);
  });

  it('a flag without its value says what it expects', () => {
    expect(() => walk(['--out'])).toThrow(new UsageError('--out expects a folder'));
    expect(() => walk(['--out='])).toThrow(new UsageError('--out expects a folder'));
    expect(() => walk(['--django', 'five'])).toThrow(new UsageError('--django expects a version like 5.2'));
  });

  it('an unknown flag is named without its inline value', () => {
    expect(() => walk(['--verbose=yes'])).toThrow(new UsageError('unknown option --verbose'));
  });

  it('a lone dash is an unknown option unless the command takes it as a file name', () => {
    expect(() => walk(['-'])).toThrow(new UsageError('unknown option -'));
    expect(walk(['-'], true)).toEqual(['file=-']);
  });
});
