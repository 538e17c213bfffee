import { describe, expect, it } from 'vitest';
import { annotationLine, escapeData, escapeProperty } from './github-annotations';

describe('GitHub workflow annotations', () => {
  it('writes one ::error line with the file, line and title', () => {
    expect(
      annotationLine({
        level: 'error',
        file: 'stack.djstack',
        line: 3,
        title: 'djstack conflict',
        message: 'A and B clash.',
      }),
    ).toBe('::error file=stack.djstack,line=3,title=djstack conflict::A and B clash.\n');
  });

  it('percent-encodes % CR LF in messages, and : , as well in properties', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('a hostile message or file name cannot start a second command or drive the terminal', () => {
    const line = annotationLine({
      level: 'warning',
      file: 'x,title=forged::y.djstack',
      title: 'djstack drift: version',
      message: 'ok\n::error file=a::forged\u001b[31m',
    });
    expect(line.split('\n')).toEqual([
      '::warning file=x%2Ctitle=forged%3A%3Ay.djstack,title=djstack drift%3A version::ok%0A::error file=a::forged\\u001b[31m',
      '',
    ]);
  });
});
