// One CSV line (RFC 4180 quoting). A cell starting with = + - @ is prefixed with ' so that a
// spreadsheet never runs a trainee's text as a formula.
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: Array<string | number>): string {
  return values.map(csvCell).join(',');
}
