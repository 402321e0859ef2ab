// Filled in as its API lands.
export function Encounters(_props: { id?: string }) {
  return <p className="muted">…</p>;
}
