import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/catalog';
import { emptyDiagram } from '../diagram/model';
import { exportProjectFiles } from './project';

describe('docker-compose.yml', () => {
  it('is written by the YAML library and parses back to the services of the stack', () => {
    const diagram = emptyDiagram();
    diagram.nodes = ['django', 'postgresql', 'psycopg'].map((name, i) => ({
      id: name,
      package: name,
      position: { x: i, y: 0 },
    }));
    const files = exportProjectFiles(diagram, defaultCatalog(), {
      projectName: 'shop',
      random: (n) => new Uint8Array(n),
    });
    const compose = parse(files.find((file) => file.path === 'docker-compose.yml')!.content);
    expect(Object.keys(compose.services).sort()).toEqual(['postgres']);
    expect(compose.services.postgres).toMatchObject({
      ports: ['127.0.0.1:5432:5432'],
      environment: { POSTGRES_USER: expect.any(String), POSTGRES_DB: expect.any(String) },
      volumes: ['postgres-data:/var/lib/postgresql/data'],
    });
    expect(compose.volumes).toEqual({ 'postgres-data': null });
  });
});
