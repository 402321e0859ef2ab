// Filled in as its API lands.
export function CasePage(_props: { id?: string }) {
  return <p className="muted">…</p>;
}
