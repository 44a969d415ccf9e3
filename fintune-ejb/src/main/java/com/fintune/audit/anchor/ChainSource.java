package com.fintune.audit.anchor;

import com.fintune.audit.chain.ChainLink;

import java.util.List;
import java.util.Optional;

/**
 * Where a verification reads the chain from (the database, or a list in a test). {@link ChainAudit} reads the head
 * first and then only entries up to it, so entries appended while it reads are never mistaken for anything.
 */
public interface ChainSource {

    ChainHead head();

    Optional<ChainLink> entry(long sequence);

    /** Entries with {@code from <= sequence <= to}, in sequence order, at most {@code limit}. */
    List<ChainLink> range(long from, long to, int limit);

    /**
     * How many entries lie after {@code sequence}, or -1 when this source reads no consistent snapshot and so cannot
     * tell an entry committed since the head was read from one inserted without moving the head.
     */
    long entriesAfter(long sequence);
}
