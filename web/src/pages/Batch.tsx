// Filled in as its API lands.
export function Batch(_props: { id?: string }) {
  return <p className="muted">…</p>;
}
