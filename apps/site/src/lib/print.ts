/**
 * Page footer of a printed document: its address on the left, the date and page numbers on the
 * right, on every A4 page (CSS page-margin boxes). The date is the build date until the page is
 * printed with JavaScript on, which puts in the day of printing.
 */
export function printPageCss(url: string, dateLine: string): string {
  const text = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`;
  const box = 'font-family: sans-serif; font-size: 8pt; color: #333;';
  return (
    `@page { @bottom-left { content: ${text(url)}; ${box} } ` +
    `@bottom-right { content: ${text(`${dateLine} · стр. `)} counter(page) " из " counter(pages); ${box} } }`
  );
}

/** «Распечатано 24.11.2026» in the reader's time zone. */
export function printedOn(date: Date): string {
  return `Распечатано ${date.toLocaleDateString('ru-RU', { day: '2-digit', month: '2-digit', year: 'numeric' })}`;
}
