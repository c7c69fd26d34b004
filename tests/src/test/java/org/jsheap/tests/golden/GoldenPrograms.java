package org.jsheap.tests.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsheap.tests.js.TestPaths;

/**
 * The golden programs: {@code src/test/resources/golden/**}{@code /*.js}, each beside its expected
 * output {@code *.out} (GraalJS's output, written by {@code -Djsheap.golden.regenerate=true}).
 */
public record GoldenPrograms(Path root) {
  /** The project's golden directory. */
  public static GoldenPrograms standard() {
    return new GoldenPrograms(TestPaths.resources("golden"));
  }

  /** One program: its name (path under the root, with '/') and file. */
  public record Program(String name, Path file) {
    /** The program's source text. */
    public String code() {
      return read(file);
    }

    /** Where its expected output lives. */
    public Path outputFile() {
      String f = file.getFileName().toString();
      return file.resolveSibling(f.substring(0, f.length() - 3) + ".out");
    }

    /** Its expected output, or null when there is none yet. */
    public String expectedOutput() {
      return Files.exists(outputFile()) ? read(outputFile()) : null;
    }
  }

  /** All programs, sorted by name. */
  public List<Program> list() {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.toString().endsWith(".js"))
          .map(p -> new Program(root.relativize(p).toString().replace('\\', '/'), p))
          .sorted((a, b) -> a.name().compareTo(b.name()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
