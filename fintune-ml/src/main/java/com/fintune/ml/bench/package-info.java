/**
 * Benchmarks run from {@code bin/fintune bench-…}: deterministic workloads and timing that print figures and write
 * JSON under target/bench/. May use every other fintune-ml package except cli.
 */
package com.fintune.ml.bench;
