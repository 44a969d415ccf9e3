/**
 * Integration tests against the running Liberty server (started by liberty-maven-plugin before failsafe runs them):
 * plain HTTP from the outside, exactly as a client or an operator sees FinTune.
 */
package com.fintune.it;
