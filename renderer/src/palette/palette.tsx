/**
 * The package palette: search as you type, grouped by role with counts. Entries are dragged
 * onto the canvas, or added at a free spot with Enter or a double-click; arrow keys move
 * between entries (one tab stop for the whole list). The list is built a screenful at a time
 * (`useProgressiveCount`), so the app's first frame does not wait for every entry.
 */

/** Entries in the first frame (more than a tall window shows), then entries per frame after. */
const FIRST_ENTRIES = 40;
const ENTRIES_PER_FRAME = 40;
import { memo, useEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { CatalogPackage } from '../../../core/catalog/catalog';
import { PACKAGE_MIME } from '../canvas/canvas';
import { useCatalogStore } from '../store/catalog';
import { dispatch, runAction } from '../actions/registry';
import '../command-palette/package-data.css';
import { roleColor } from '../ui/role-color';
import { djangoRange } from '../ui/targets';
import { useProgressiveCount } from '../ui/use-progressive-count';
import { groupByRole, searchPackages } from './palette-model';

const PaletteEntry = memo(function PaletteEntry({
  pkg,
  active,
  onFocus,
}: {
  pkg: CatalogPackage;
  active: boolean;
  onFocus: (name: string) => void;
}) {
  const range = djangoRange(pkg);
  const onDragStart = (event: DragEvent) => {
    event.dataTransfer.setData(PACKAGE_MIME, pkg.name);
    event.dataTransfer.setData('text/plain', pkg.name);
    event.dataTransfer.effectAllowed = 'copy';
  };
  const status = pkg.status.state;
  return (
    <li role="none">
      <button
        type="button"
        role="option"
        aria-selected={active}
        className="palette-entry"
        data-testid={`palette.package.${pkg.name}`}
        data-package={pkg.name}
        draggable
        tabIndex={active ? 0 : -1}
        onDragStart={onDragStart}
        onDoubleClick={() => void dispatch('diagram.addPackage', { package: pkg.name })}
        onFocus={() => onFocus(pkg.name)}
        aria-describedby="palette-entry-help"
        title={pkg.summary}
      >
        <span
          className="palette-entry-swatch"
          style={{ background: roleColor(pkg.provides[0]?.role ?? '') }}
          aria-hidden="true"
        />
        <span className="palette-entry-body">
          <span className="palette-entry-line">
            <span className="palette-entry-title">{pkg.title}</span>
            {status !== 'maintained' ? <span className={`badge badge-${status}`}>{status}</span> : null}
            {pkg.kind === 'service' ? <span className="badge badge-service">service</span> : null}
          </span>
          <span className="palette-entry-meta">
            {[
              pkg.title.toLowerCase() === pkg.name ? null : pkg.name,
              range ? `Django ${range}` : null,
              pkg.kind === 'service' ? pkg.service?.image : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </span>
        </span>
      </button>
    </li>
  );
});

export function Palette() {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  // New package data (a refresh, a package added by name) brings new entries.
  const liveCatalog = useCatalogStore((state) => state.catalog);
  const found = useMemo(() => searchPackages(liveCatalog, query), [liveCatalog, query]);
  const groups = useMemo(() => groupByRole(liveCatalog, found, query.trim() !== ''), [liveCatalog, found, query]);
  const order = useMemo(() => groups.flatMap((group) => group.packages.map((pkg) => pkg.name)), [groups]);
  /** Each group's first position in `order`. */
  const starts = useMemo(
    () => groups.map((_, index) => groups.slice(0, index).reduce((sum, group) => sum + group.packages.length, 0)),
    [groups],
  );
  const current = active && order.includes(active) ? active : (order[0] ?? null);
  const [shown, renderAll] = useProgressiveCount(order.length, FIRST_ENTRIES, ENTRIES_PER_FRAME);
  // An entry asked for by the keyboard before it was rendered: focused once it is.
  const pendingFocus = useRef<string | null>(null);

  const entryElement = (name: string) =>
    [...(listRef.current?.querySelectorAll<HTMLElement>('[data-package]') ?? [])].find(
      (element) => element.dataset.package === name,
    ) ?? null;

  const focusEntry = (name: string | undefined) => {
    if (!name) return;
    setActive(name);
    const element = entryElement(name);
    if (element) element.focus();
    else {
      pendingFocus.current = name;
      renderAll();
    }
  };

  useEffect(() => {
    const name = pendingFocus.current;
    const element = name ? entryElement(name) : null;
    if (!element) return;
    pendingFocus.current = null;
    element.focus();
  }, [shown]);

  const onListKeyDown = (event: KeyboardEvent) => {
    const index = current ? order.indexOf(current) : -1;
    if (event.key === 'ArrowDown') focusEntry(order[Math.min(order.length - 1, index + 1)]);
    else if (event.key === 'ArrowUp') {
      if (index <= 0) document.getElementById('palette-search')?.focus();
      else focusEntry(order[index - 1]);
    } else if (event.key === 'Home') focusEntry(order[0]);
    else if (event.key === 'End') focusEntry(order[order.length - 1]);
    else if (event.key === 'Enter' && current) void dispatch('diagram.addPackage', { package: current });
    else return;
    event.preventDefault();
  };

  const onSearchKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusEntry(current ?? order[0]);
    } else if (event.key === 'Enter' && current) {
      event.preventDefault();
      void dispatch('diagram.addPackage', { package: current });
    } else if (event.key === 'Escape') setQuery('');
  };

  return (
    <aside className="palette" aria-label="Packages">
      <div className="panel-heading">
        <h2>Packages</h2>
        <span className="count" aria-live="polite">
          {found.length} of {liveCatalog.packages.length}
        </span>
      </div>
      <input
        id="palette-search"
        className="palette-search"
        type="search"
        placeholder="Search name, role, app label…"
        aria-label="Search packages by name, summary, role or app label"
        data-testid="palette.search"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(null);
        }}
        onKeyDown={onSearchKeyDown}
      />
      <button
        type="button"
        className="secondary-button palette-add-by-name"
        data-testid="palette.addByName"
        onClick={() => void runAction('data.addPackageByName')}
      >
        Add package by name…
      </button>
      <p id="palette-entry-help" className="visually-hidden">
        Press Enter to add the package at a free spot on the canvas, or drag it there.
      </p>
      <div className="palette-list" ref={listRef} onKeyDown={onListKeyDown}>
        {groups.length === 0 ? <p className="empty-note">No package matches “{query}”.</p> : null}
        {groups.map((group, index) => {
          const before = starts[index]!;
          if (before >= shown) return null;
          return (
            <section
              key={group.id}
              className="palette-group"
              aria-labelledby={`palette-group-${group.id}`}
              data-testid={`palette.group.${group.id}`}
            >
              <h3 id={`palette-group-${group.id}`}>
                {group.label} <span className="count">{group.packages.length}</span>
              </h3>
              <ul role="listbox" aria-labelledby={`palette-group-${group.id}`}>
                {group.packages.slice(0, shown - before).map((pkg) => (
                  <PaletteEntry key={pkg.name} pkg={pkg} active={pkg.name === current} onFocus={setActive} />
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </aside>
  );
}
