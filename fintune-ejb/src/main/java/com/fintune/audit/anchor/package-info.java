/**
 * The audit chain's anchor outside the database: checkpoints (sequence, entry hash, time) signed with HMAC-SHA256
 * under a key the database never sees, kept one JSON line each in an append-only file, and the verification of the
 * chain against them (head first, then entries up to the head only). Depends on the JDK, audit.chain and Jackson.
 */
package com.fintune.audit.anchor;
