/**
 * The audit trail's hash chain as pure logic: canonical JSON, SHA-256 digests, how a {@link
 * com.fintune.audit.chain.ChainLink} is linked to the one before it, and the verifier. Depends on the JDK only.
 */
package com.fintune.audit.chain;
