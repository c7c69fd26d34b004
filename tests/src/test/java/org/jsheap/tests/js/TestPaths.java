package org.jsheap.tests.js;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the suites find their files: the tests module's directory and the project's resources. */
public final class TestPaths {
  private TestPaths() {}

  /** The tests module directory (surefire's {@code basedir}, else the working directory). */
  public static Path module() {
    String basedir = System.getProperty("basedir");
    Path dir = Path.of(basedir != null ? basedir : ".").toAbsolutePath().normalize();
    if (Files.isDirectory(dir.resolve("src/test/resources"))) {
      return dir;
    }
    return dir.resolve("tests");
  }

  /** {@code src/test/resources/<relative>} of the tests module (the source tree, not a copy). */
  public static Path resources(String relative) {
    return module().resolve("src/test/resources").resolve(relative);
  }
}
