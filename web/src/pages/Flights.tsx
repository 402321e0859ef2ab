// Filled in as its API lands.
export function Flights(_props: { id?: string }) {
  return <p className="muted">…</p>;
}
