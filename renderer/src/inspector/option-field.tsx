import { useState } from 'react';
import type { PackageOption } from '../../../catalog/schema';
import type { JsonValue } from '../../../core/diagram/model';

interface OptionFieldProps {
  nodeId: string;
  option: PackageOption;
  value: JsonValue | undefined;
  onChange: (value: JsonValue | undefined) => void;
}

/** One package setting; text is committed on blur or Enter, so typing is one undo step. */
export function OptionField({ nodeId, option, value, onChange }: OptionFieldProps) {
  const id = `option-${nodeId}-${option.key}`;
  const current = value ?? option.default;
  const [draft, setDraft] = useState<string | null>(null);
  const commit = (text: string) => {
    setDraft(null);
    if (option.type === 'integer') {
      const number = Number.parseInt(text, 10);
      onChange(Number.isFinite(number) && number !== option.default ? number : undefined);
    } else onChange(text === option.default ? undefined : text);
  };
  let control;
  if (option.type === 'boolean') {
    control = (
      <input
        id={id}
        type="checkbox"
        checked={current === true}
        onChange={(event) => onChange(event.target.checked === option.default ? undefined : event.target.checked)}
      />
    );
  } else if (option.type === 'choice') {
    control = (
      <select
        id={id}
        value={String(current)}
        onChange={(event) => onChange(event.target.value === option.default ? undefined : event.target.value)}
      >
        {(option.choices ?? []).map((choice) => (
          <option key={choice} value={choice}>
            {choice}
          </option>
        ))}
      </select>
    );
  } else {
    control = (
      <input
        id={id}
        type={option.type === 'integer' ? 'number' : 'text'}
        value={draft ?? String(current)}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={(event) => draft !== null && commit(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit((event.target as HTMLInputElement).value);
          if (event.key === 'Escape') setDraft(null);
        }}
      />
    );
  }
  return (
    <div className={`field field-${option.type}`}>
      <label htmlFor={id}>{option.label}</label>
      {control}
      {option.description ? <p className="field-help">{option.description}</p> : null}
    </div>
  );
}
