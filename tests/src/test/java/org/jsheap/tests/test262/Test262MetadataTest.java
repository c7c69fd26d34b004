package org.jsheap.tests.test262;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Test262MetadataTest {

  @Test
  void flowListsAndNegativeMap() {
    Test262Metadata m =
        Test262Metadata.parse(
            "// c\n/*---\nes5id: x\ndescription: >\n  text: with colon\n"
                + "includes: [propertyHelper.js, compareArray.js]\nflags: [onlyStrict]\n"
                + "negative:\n  phase: parse\n  type: SyntaxError\n---*/\nvar x;");
    assertEquals(List.of("propertyHelper.js", "compareArray.js"), m.includes());
    assertTrue(m.has("onlyStrict"));
    assertFalse(m.has("raw"));
    assertEquals("parse", m.negativePhase());
    assertEquals("SyntaxError", m.negativeType());
    assertTrue(m.negative());
  }

  @Test
  void blockListsAndNoFrontMatter() {
    Test262Metadata m =
        Test262Metadata.parse("/*---\nincludes:\n  - a.js\n  - b.js\nflags:\n  - raw\n---*/");
    assertEquals(List.of("a.js", "b.js"), m.includes());
    assertEquals(List.of("raw"), m.flags());
    assertFalse(m.negative());
    Test262Metadata none = Test262Metadata.parse("var x = 1;");
    assertTrue(none.includes().isEmpty());
    assertNull(none.negativeType());
  }

  @Test
  void directoriesAreTwoLevelsBelowTest() {
    assertEquals("built-ins/Array", Test262Suite.directoryOf("test/built-ins/Array/from/a.js"));
    assertEquals("language/types", Test262Suite.directoryOf("test/language/types/x.js"));
    assertEquals("annexB", Test262Suite.directoryOf("test/annexB/x.js"));
  }

  @Test
  void aWorktreeFindsItsMainCheckout(@TempDir Path dir) throws IOException {
    Path wt = Files.createDirectories(dir.resolve("wt"));
    Files.writeString(
        wt.resolve(".git"), "gitdir: " + dir.resolve("main/.git/worktrees/wt") + "\n");
    assertEquals(dir.resolve("main"), Test262Suite.mainCheckout(wt));
    assertNull(Test262Suite.mainCheckout(dir));
  }
}
