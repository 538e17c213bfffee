import { describe, expect, it, vi } from 'vitest';
import type { ExportProjectResult } from '../../../core/host/contract';
import type { PreviewFile } from './text-exports';
import { writeExport } from './write-export';

const files: PreviewFile[] = [
  { path: 'manage.py', content: 'print()\n', language: 'python' },
  { path: 'shop/settings.py', content: 'DEBUG = False\n', language: 'python' },
];

function hostAnswering(result: ExportProjectResult | null) {
  return { exportText: vi.fn(async () => null), exportProject: vi.fn(async () => result) };
}

describe('exporting a project asks "folder not empty" once, in main', () => {
  it('when the user declines main’s question, the renderer says so and does not ask or write again', async () => {
    const host = hostAnswering({
      ok: false,
      folderNotEmpty: true,
      error: 'The folder ~/busy is not empty; nothing was written.',
    });
    const status = await writeExport(host, 'project', files, 'shop');
    expect(host.exportProject).toHaveBeenCalledTimes(1);
    expect(status).toEqual({ text: 'The folder ~/busy is not empty; nothing was written.', tone: 'info' });
  });

  it('the request carries only the name and the files: nothing that could skip main’s question', async () => {
    const host = hostAnswering({ ok: true, folder: '~/shop' });
    expect(await writeExport(host, 'project', files, 'shop')).toEqual({
      text: 'Exported the project to ~/shop.',
      tone: 'success',
    });
    const [request] = host.exportProject.mock.calls[0] as unknown as [Record<string, unknown>];
    expect(Object.keys(request).sort()).toEqual(['files', 'suggestedName']);
  });

  it('a refused write is an error; a cancelled folder dialog says nothing', async () => {
    expect(await writeExport(hostAnswering({ ok: false, error: 'disk full' }), 'project', files, 'shop')).toEqual({
      text: 'disk full',
      tone: 'error',
    });
    expect(await writeExport(hostAnswering(null), 'project', files, 'shop')).toBeNull();
  });

  it('a single text export goes through exportText with its file name', async () => {
    const host = { exportText: vi.fn(async () => ({ handle: 'h', name: 'settings.py' })), exportProject: vi.fn() };
    expect(await writeExport(host, 'text', [files[1]!], 'shop')).toEqual({
      text: 'Exported settings.py.',
      tone: 'success',
    });
    expect(host.exportText).toHaveBeenCalledWith({ suggestedName: 'settings.py', text: 'DEBUG = False\n' });
    expect(host.exportProject).not.toHaveBeenCalled();
  });
});
