/**
 * The {@code bin/fintune} command line: {@link FinTuneCli} and one picocli class per subcommand. May use every
 * other fintune-ml package; nothing depends on it.
 */
package com.fintune.ml.cli;
