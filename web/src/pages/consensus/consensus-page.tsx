export function ConsensusPage() {
  return null;
}
