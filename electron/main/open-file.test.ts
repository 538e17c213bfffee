import { describe, expect, it, vi } from 'vitest';
import { diagramPathsFromArgv, OpenFileQueue } from './open-file';

describe('files named on the command line', () => {
  it('takes .djstack paths after the executable, resolved against the working folder', () => {
    const argv = ['/opt/Django Stack Builder/djstack', 'shop.djstack', '/home/ada/blog/Blog.DJSTACK'];
    expect(diagramPathsFromArgv(argv, '/home/ada/code')).toEqual([
      '/home/ada/code/shop.djstack',
      '/home/ada/blog/Blog.DJSTACK',
    ]);
  });

  it('ignores Chromium switches, other files and the app path in development', () => {
    const argv = [
      '/usr/lib/electron',
      '.',
      '--allow-file-access-from-files',
      '--flag=x.djstack',
      'notes.txt',
      'a.djstack',
    ];
    expect(diagramPathsFromArgv(argv, '/w')).toEqual(['/w/a.djstack']);
  });

  it('accepts file:// URLs from desktop launchers and drops duplicates', () => {
    const argv = ['app', 'file:///home/ada/My%20Stack.djstack', '/home/ada/My Stack.djstack'];
    expect(diagramPathsFromArgv(argv, '/')).toEqual(['/home/ada/My Stack.djstack']);
  });
});

describe('opening files the OS hands over', () => {
  it('on a cold start, files wait until the renderer listens and then open in order', () => {
    const queue = new OpenFileQueue();
    const deliver = vi.fn();
    queue.push('/a.djstack');
    queue.push('/b.djstack');
    queue.push('/a.djstack');
    expect(deliver).not.toHaveBeenCalled();
    expect(queue.waiting).toEqual(['/a.djstack', '/b.djstack']);
    queue.ready(deliver);
    expect(deliver.mock.calls).toEqual([['/a.djstack'], ['/b.djstack']]);
    expect(queue.waiting).toEqual([]);
  });

  it('once the renderer listens, a second instance’s file opens at once', () => {
    const queue = new OpenFileQueue();
    const deliver = vi.fn();
    queue.ready(deliver);
    queue.push('/c.djstack');
    expect(deliver).toHaveBeenCalledWith('/c.djstack');
  });

  it('while the renderer reloads, files queue again instead of getting lost', () => {
    const queue = new OpenFileQueue();
    const first = vi.fn();
    queue.ready(first);
    queue.notReady();
    queue.push('/d.djstack');
    expect(first).not.toHaveBeenCalled();
    const second = vi.fn();
    queue.ready(second);
    expect(second).toHaveBeenCalledWith('/d.djstack');
  });
});
