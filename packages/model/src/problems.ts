/** One broken invariant: where (a path from the checked value) and why. */
export interface Problem {
  path: (string | number)[];
  message: string;
}

/** Reports every id that appears more than once across the given collections. */
export function checkUniqueIds(
  collections: readonly (readonly [string, readonly { id: string }[]])[],
  problems: Problem[],
): void {
  const seen = new Map<string, string>();
  for (const [collection, items] of collections) {
    items.forEach((item, index) => {
      const where = `${collection}[${index}]`;
      const first = seen.get(item.id);
      if (first !== undefined) {
        problems.push({
          path: [collection, index, 'id'],
          message: `"${item.id}" is already the id of ${first}`,
        });
      } else {
        seen.set(item.id, where);
      }
    });
  }
}
