/** The date of the package data checks use: a verdict is only as current as its data. */
import { runAction } from '../actions/registry';
import { catalogDataText } from '../../../core/refresh/catalog-data';
import { useCatalogStore } from '../store/catalog';
import '../command-palette/package-data.css';

export function DataDate() {
  const data = useCatalogStore((state) => state.data);
  return (
    <button
      type="button"
      className="tool-button data-date"
      data-testid="status.dataDate"
      title={`Checks use ${catalogDataText(data)}. Click to update it.`}
      onClick={() => void runAction('data.updatePackageData')}
    >
      Data {data.date}
      <span className="data-date-source">{data.source === 'bundled' ? ' (bundled)' : ' (refreshed)'}</span>
    </button>
  );
}
