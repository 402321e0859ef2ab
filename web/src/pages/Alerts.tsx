// Filled in as its API lands.
export function Alerts(_props: { id?: string }) {
  return <p className="muted">…</p>;
}
