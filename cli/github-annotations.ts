/**
 * `--format github`: problems as GitHub Actions workflow commands
 * (`::error file=…,line=…,title=…::message`), which the runner shows as annotations on the
 * files. Escaping follows GitHub's workflow-command rules (as in @actions/core): in the message
 * `%`, CR and LF are percent-encoded; in property values `:` and `,` are too, since they delimit
 * the properties.
 */
import { printable } from '../core/diff/format';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  file: string;
  line?: number;
  title: string;
  message: string;
}

/** A message for a workflow command: `%`, CR and LF percent-encoded. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value of a workflow command: as escapeData, plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * One workflow-command line. Diagram and requirements text may carry other control characters
 * (an escape sequence), which must not reach the log: they are shown as \uXXXX after the
 * line breaks have been encoded.
 */
export function annotationLine(annotation: Annotation): string {
  const properties = [`file=${escapeProperty(annotation.file)}`];
  if (annotation.line !== undefined) properties.push(`line=${annotation.line}`);
  properties.push(`title=${escapeProperty(annotation.title)}`);
  const clean = (text: string) => printable(text);
  return `::${annotation.level} ${clean(properties.join(','))}::${clean(escapeData(annotation.message))}\n`;
}
