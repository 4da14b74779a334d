/** Numbers as a Chinese message shows them: at most two decimals, no trailing zeros. */
export function num(value: number, decimals = 2): string {
  return String(Number(value.toFixed(decimals)));
}

export function pct(fraction: number, decimals = 2): string {
  return `${num(fraction * 100, decimals)}%`;
}
