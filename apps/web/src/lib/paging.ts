/** Long lists (quotes, numbers, the timeline at 10,000 documents) are split into pages. */
export const LIST_PAGE_SIZE = 500;

export function pageCount(total: number, size = LIST_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

export function pageOf<T>(items: readonly T[], page: number, size = LIST_PAGE_SIZE): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** Static params for pages 2…n of a list (page 1 is the list's own address). */
export function laterPages(total: number, size = LIST_PAGE_SIZE): { page: string }[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, index) => ({
    page: String(index + 2),
  }));
}

/** The page number in a route parameter, or null when it is not one of the list's later pages. */
export function parsePage(value: string, total: number, size = LIST_PAGE_SIZE): number | null {
  if (!/^[1-9]\d*$/.test(value)) return null;
  const page = Number(value);
  return page >= 2 && page <= pageCount(total, size) ? page : null;
}

/** Rows of a list grouped by document, keeping their order. */
export function byDocument<T extends { documentId: string }>(rows: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.documentId);
    if (group) group.push(row);
    else groups.set(row.documentId, [row]);
  }
  return [...groups.entries()];
}

/** The page of a list on which each document's rows begin. */
export function firstPages<T extends { documentId: string }>(
  rows: readonly T[],
  size = LIST_PAGE_SIZE,
): Map<string, number> {
  const pages = new Map<string, number>();
  rows.forEach((row, index) => {
    if (!pages.has(row.documentId)) pages.set(row.documentId, Math.floor(index / size) + 1);
  });
  return pages;
}

/**
 * The same as firstPages, from how many rows each document has (in list order) rather than from
 * the rows themselves: a document page can link to its quotes and numbers without the build
 * worker rendering it reading every document of the corpus to list them.
 */
export function firstPagesOfCounts(
  counts: Iterable<readonly [documentId: string, rows: number]>,
  size = LIST_PAGE_SIZE,
): Map<string, number> {
  const pages = new Map<string, number>();
  let before = 0;
  for (const [documentId, rows] of counts) {
    if (rows > 0 && !pages.has(documentId)) pages.set(documentId, Math.floor(before / size) + 1);
    before += rows;
  }
  return pages;
}
