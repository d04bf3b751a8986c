/**
 * CSV as RFC 4180 puts it: comma-separated, CRLF line ends, every field quoted (so text with
 * commas, quotes or line breaks survives), quotes doubled. Values are written as they are in the
 * corpus: a spreadsheet that evaluates a cell starting with "=" is the reader's to configure.
 */
export type CsvValue = string | number | boolean | null;

export function csvRow(values: readonly CsvValue[]): string {
  return values
    .map((value) => (value === null ? '' : `"${String(value).replace(/"/g, '""')}"`))
    .join(',');
}

export function csvTable(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const lines = [csvRow(header)];
  for (const row of rows) lines.push(csvRow(row));
  return `${lines.join('\r\n')}\r\n`;
}
