package org.jsheap.runtime.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/embedding.md shows {@link EmbeddingExample} verbatim, and the example runs as described. */
class EmbeddingDocTest {
  private static final Path DOC = Path.of("..", "docs", "embedding.md");
  private static final Path EXAMPLE =
      Path.of(
          "src", "test", "java", "org", "jsheap", "runtime", "interop", "EmbeddingExample.java");

  @Test
  void theGuideIncludesTheExampleVerbatim() throws IOException {
    String doc = Files.readString(DOC);
    String example = Files.readString(EXAMPLE);
    assertTrue(
        doc.contains("```java\n" + example + "```\n"),
        "docs/embedding.md must contain " + EXAMPLE + " verbatim in a ```java block");
  }

  @Test
  void theExamplePrintsWhatTheGuideSays() throws IOException {
    String printed = EmbeddingExample.run();
    assertEquals(
        "norm 5.0\nnorm 10.0\nHello, Ada\nHello, Alan\nRangeError: too far: 7 (line 2)\n", printed);
    String doc = Files.readString(DOC);
    assertTrue(
        doc.contains("```\n" + printed + "```\n"), "the guide shows the output:\n" + printed);
  }
}
