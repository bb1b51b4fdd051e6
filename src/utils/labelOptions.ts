/** Options for a chip group or a picker, from one of the catalogue's label tables. */
export function labelOptions<K extends string>(labels: Record<K, string>): Array<{ value: K; label: string }> {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}
