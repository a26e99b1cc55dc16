export function ResultView() {
  return <h1 tabIndex={-1}>Result</h1>;
}
