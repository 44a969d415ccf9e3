package com.fintune.audit.chain;

/**
 * The outcome of verifying the audit chain.
 *
 * @param intact          true when every entry links and hashes correctly
 * @param entriesVerified entries checked and found good (before the first broken link)
 * @param firstBrokenSequence the sequence number of the first broken link, or null when intact
 * @param reason          what is wrong with it, or null when intact
 * @param headHash        the last good entry's hash when intact (to be compared with an external anchor), else null
 */
public record ChainVerification(boolean intact, long entriesVerified, Long firstBrokenSequence, String reason,
                                String headHash) {

    static ChainVerification intact(long verified, String headHash) {
        return new ChainVerification(true, verified, null, null, headHash);
    }

    static ChainVerification broken(long verified, long sequence, String reason) {
        return new ChainVerification(false, verified, sequence, reason, null);
    }
}
