package com.fintune.ml.cli;

import picocli.CommandLine;

/** {@code fintune --version}: the version Maven wrote into the JAR's manifest. */
final class FinTuneVersion implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = FinTuneCli.class.getPackage().getImplementationVersion();
        return new String[] {"FinTune " + (version == null ? "(development build)" : version)};
    }
}
