// Filled in as its API lands.
export function AlertPage(_props: { id?: string }) {
  return <p className="muted">…</p>;
}
