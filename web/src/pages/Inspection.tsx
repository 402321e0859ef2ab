// Filled in as its API lands.
export function Inspection(_props: { id?: string }) {
  return <p className="muted">…</p>;
}
