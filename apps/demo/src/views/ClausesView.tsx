export function ClausesView() {
  return <h1 tabIndex={-1}>Clauses</h1>;
}
