// Filled in as its API lands.
export function Cases(_props: { id?: string }) {
  return <p className="muted">…</p>;
}
