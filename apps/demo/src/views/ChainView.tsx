export function ChainView() {
  return <h1 tabIndex={-1}>Chain</h1>;
}
