package dev.khao.sync;

/**
 * A place in the change log: after the row {@code seq} of transaction {@code txid}, in (txid, seq) order.
 * {@code (x, 0)} is "before everything transaction x and later ones wrote" (sequence numbers start at 1).
 */
record SyncPosition(long txid, long seq) implements Comparable<SyncPosition> {

    static SyncPosition before(long txid) {
        return new SyncPosition(txid, 0);
    }

    @Override
    public int compareTo(SyncPosition other) {
        int byTx = Long.compareUnsigned(txid, other.txid);
        return byTx != 0 ? byTx : Long.compare(seq, other.seq);
    }

    SyncPosition max(SyncPosition other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
