import { beforeEach, describe, expect, it } from 'vitest';
import { CATALOG_VERSION } from '../../../catalog/index';
import { parseDjstack, serializeDjstack } from '../../../core/format/djstack';
import { createBrowserHost } from '../host/browser-host';
import { setHost } from '../host/host';
import { isDirty, useDiagramStore } from '../store/diagram-store';
import { resetStores, stackOf } from '../store/testing';
import { useUiStore } from '../store/ui-store';
import { DEFAULT_TARGET } from '../../../core/diagram/model';
import { loadOpenedFile, newDocument, saveDocument } from './document';

describe('opening a file', () => {
  beforeEach(() => resetStores(stackOf('django', 'celery')));

  it('leaves the open diagram untouched and shows why when the file is not a diagram', async () => {
    const before = useDiagramStore.getState().diagram;
    expect(await loadOpenedFile({ handle: 'h', name: 'notes.djstack', text: '{"format": "something"}' })).toBe(false);
    expect(useDiagramStore.getState().diagram).toBe(before);
    expect(useUiStore.getState().openError).toMatch(/notes\.djstack could not be opened.*"format"/);
  });

  it('loads a valid file as a clean document named after it', async () => {
    const text = serializeDjstack(stackOf('djangorestframework'));
    expect(await loadOpenedFile({ handle: 'h1', name: 'api.djstack', text })).toBe(true);
    const state = useDiagramStore.getState();
    expect(state.diagram.nodes.map((n) => n.package)).toEqual(['djangorestframework']);
    expect(state.document).toEqual({ handle: 'h1', name: 'api.djstack' });
    expect(state.diagram).toBe(state.saved);
    expect(serializeDjstack(state.diagram)).toBe(text);
  });
});

describe('saving', () => {
  beforeEach(() => resetStores(stackOf('django', 'celery')));

  it('records the catalog version the diagram was saved with', async () => {
    const written: string[] = [];
    setHost({
      ...createBrowserHost(),
      saveDiagram: async (request) => {
        written.push(request.text);
        return { handle: 'h2', name: 'stack.djstack' };
      },
      clearAutosave: async () => {},
    });
    expect(await saveDocument()).toBe(true);
    const parsed = parseDjstack(written[0]!);
    expect(parsed.ok && parsed.diagram.catalog).toBe(CATALOG_VERSION);
    expect(useDiagramStore.getState().document).toEqual({ handle: 'h2', name: 'stack.djstack' });
  });
});

describe('a save that fails', () => {
  beforeEach(() => resetStores(stackOf('django', 'celery')));

  it('says why, keeps the document dirty and keeps the autosave (issue 17, finding 1)', async () => {
    let autosaveCleared = false;
    setHost({
      ...createBrowserHost(),
      saveDiagram: async () => {
        // What main rejects with when the disk is full (electron/main/files.ts).
        throw new Error(
          '"shop.djstack" could not be saved in ~/work (the disk is full); the file on disk was not changed.',
        );
      },
      clearAutosave: async () => {
        autosaveCleared = true;
      },
    });
    useDiagramStore.getState().setDiagram((diagram) => ({ ...diagram, nodes: diagram.nodes.slice(1) }));
    expect(isDirty(useDiagramStore.getState())).toBe(true);
    expect(await saveDocument()).toBe(false);
    expect(isDirty(useDiagramStore.getState())).toBe(true);
    expect(autosaveCleared).toBe(false);
    expect(useUiStore.getState().status).toMatchObject({
      tone: 'error',
      text: expect.stringMatching(/^Not saved: .*disk is full/),
    });
  });
});

describe('a new document', () => {
  it("starts at the default target, not the previous document's", async () => {
    const old = stackOf('django');
    old.target = { django: '3.2', python: '3.8' };
    resetStores(old);
    await newDocument();
    expect(useDiagramStore.getState().diagram.target).toEqual(DEFAULT_TARGET);
    expect(useDiagramStore.getState().diagram.nodes).toEqual([]);
  });
});
