/**
 * A package index on loopback for the refresh tests: PyPI's JSON API (`/pypi/<name>/json`,
 * `/pypi/<name>/<version>/json`) and a PEP 691 simple index (`/simple/<name>/`) with PEP 658
 * core-metadata files, in the documented shapes, from a Store. Some names answer with a fault:
 *   fault-404, fault-500 (always), fault-flaky (500 twice, then django-redis's data), fault-slow
 *   (never answers), fault-truncated (body cut short), fault-malformed (not JSON), fault-huge
 *   (64 MB), fault-redirect (302 to another host: localhost instead of 127.0.0.1).
 * Binds 127.0.0.1 on a free port; `close()` ends every open connection.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { parseCoreMetadata } from '../../core/refresh/core-metadata';
import { sha256, wheelName, type Store, type StoredPackage, type StoredRelease } from './store';

export interface IndexServer {
  /** http://127.0.0.1:PORT */
  url: string;
  /** Paths requested, in order. */
  hits: string[];
  close(): Promise<void>;
}

function json(res: ServerResponse, body: unknown, type = 'application/json'): void {
  const text = JSON.stringify(body);
  res.writeHead(200, { 'content-type': type, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function info(pkg: StoredPackage, release: StoredRelease) {
  const meta = parseCoreMetadata(release.metadata);
  return {
    name: pkg.name,
    version: release.version,
    summary: pkg.summary,
    requires_python: meta.requiresPython || null,
    requires_dist: meta.requiresDist.length > 0 ? meta.requiresDist : null,
    classifiers: meta.classifiers,
    yanked: release.yanked !== undefined,
    yanked_reason: release.yanked ?? null,
  };
}

function pypiFile(base: string, pkg: StoredPackage, release: StoredRelease) {
  const filename = wheelName(pkg.name, release.version);
  return {
    filename,
    packagetype: 'bdist_wheel',
    python_version: 'py3',
    requires_python: parseCoreMetadata(release.metadata).requiresPython || null,
    upload_time: release.uploaded.slice(0, 19),
    upload_time_iso_8601: release.uploaded,
    url: `${base}/files/${filename}`,
    yanked: release.yanked !== undefined,
    yanked_reason: release.yanked ?? null,
    digests: { sha256: sha256(release.metadata) },
  };
}

function simpleFile(base: string, pkg: StoredPackage, release: StoredRelease) {
  const filename = wheelName(pkg.name, release.version);
  const file: Record<string, unknown> = {
    filename,
    url: `${base}/files/${filename}`,
    hashes: { sha256: sha256(release.metadata) },
    'upload-time': release.uploaded,
  };
  const requiresPython = parseCoreMetadata(release.metadata).requiresPython;
  if (requiresPython) file['requires-python'] = requiresPython;
  if (release.hasMetadata) file['core-metadata'] = { sha256: sha256(release.metadata) };
  if (release.yanked !== undefined) file.yanked = release.yanked || true;
  return file;
}

/** Starts the index; see the file comment for the fault names. */
export async function startIndexServer(store: Store): Promise<IndexServer> {
  const hits: string[] = [];
  const sockets = new Set<Socket>();
  let flaky = 0;
  let base = '';
  const files = new Map<string, StoredRelease>();
  for (const pkg of store.values())
    for (const release of pkg.releases) files.set(wheelName(pkg.name, release.version), release);

  // fault-flaky serves django-redis's data once it answers
  const lookup = (name: string) => store.get(name === 'fault-flaky' ? 'django-redis' : name);
  const fault = (name: string, req: IncomingMessage, res: ServerResponse): boolean => {
    switch (name) {
      case 'fault-404':
        return false;
      case 'fault-500':
        res.writeHead(500).end('Internal Server Error');
        return true;
      case 'fault-flaky':
        if (flaky++ < 2) {
          res.writeHead(503).end('Service Unavailable');
          return true;
        }
        return false;
      case 'fault-slow':
        return true; // never answers
      case 'fault-truncated':
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': 5000 });
        res.write('{"info": {"name": "fault-truncated", "ver');
        req.socket.destroy();
        return true;
      case 'fault-malformed':
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"info": {"name": ');
        return true;
      case 'fault-huge': {
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(1024 * 1024, 0x20);
        let sent = 0;
        const pump = () => {
          while (sent < 64 && !res.destroyed) {
            sent++;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        pump();
        return true;
      }
      case 'fault-redirect':
        res.writeHead(302, { location: base.replace('127.0.0.1', 'localhost') + (req.url ?? '/') }).end();
        return true;
      default:
        return false;
    }
  };

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.push(path);
    let m: RegExpExecArray | null;
    if ((m = /^\/pypi\/([^/]+)\/json$/.exec(path))) {
      const name = decodeURIComponent(m[1]!);
      if (fault(name, req, res)) return;
      const pkg = lookup(name);
      if (!pkg) return void res.writeHead(404).end('Not Found');
      const releases = Object.fromEntries(pkg.releases.map((r) => [r.version, [pypiFile(base, pkg, r)]]));
      return json(res, {
        info: info(pkg, pkg.releases[0]!),
        releases,
        urls: releases[pkg.releases[0]!.version],
        vulnerabilities: [],
      });
    }
    if ((m = /^\/pypi\/([^/]+)\/([^/]+)\/json$/.exec(path))) {
      const pkg = lookup(decodeURIComponent(m[1]!));
      const release = pkg?.releases.find((r) => r.version === decodeURIComponent(m![2]!));
      if (!pkg || !release) return void res.writeHead(404).end('Not Found');
      return json(res, { info: info(pkg, release), urls: [pypiFile(base, pkg, release)], vulnerabilities: [] });
    }
    if ((m = /^\/simple\/([^/]+)\/$/.exec(path))) {
      const name = decodeURIComponent(m[1]!);
      if (fault(name, req, res)) return;
      const pkg = lookup(name);
      if (!pkg) return void res.writeHead(404).end('Not Found');
      return json(
        res,
        {
          meta: { 'api-version': '1.1' },
          name: pkg.name,
          files: pkg.releases.map((r) => simpleFile(base, pkg, r)),
          versions: pkg.releases.map((r) => r.version).reverse(),
        },
        'application/vnd.pypi.simple.v1+json',
      );
    }
    if ((m = /^\/files\/([^/]+)\.metadata$/.exec(path))) {
      const release = files.get(decodeURIComponent(m[1]!));
      if (!release || !release.hasMetadata) return void res.writeHead(404).end('Not Found');
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      return void res.end(release.metadata);
    }
    res.writeHead(404).end('Not Found');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
