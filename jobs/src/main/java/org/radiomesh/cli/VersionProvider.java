package org.radiomesh.cli;

import picocli.CommandLine;

/** Version from the jar manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Radiomesh.class.getPackage().getImplementationVersion();
    return new String[] {"radiomesh " + (v == null ? "development build" : v),
        "Java " + System.getProperty("java.version")};
  }
}
