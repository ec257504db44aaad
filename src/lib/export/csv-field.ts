// The one rule for a CSV field, in a module of its own so that browser code (the plan page's CSV export) can use it
// without the prose pipeline that ladder-export.ts needs.

/**
 * One RFC 4180 field. A value a spreadsheet would run as a formula (starting with =, +, -, @ or a control character)
 * gets a leading apostrophe, which spreadsheets show as text.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
