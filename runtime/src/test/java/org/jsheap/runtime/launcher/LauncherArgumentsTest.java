package org.jsheap.runtime.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherArgumentsTest {

  @Test
  void optionsBeforeFilesArePassedThroughInOrder() {
    LauncherArguments a =
        LauncherArguments.parse(
            new String[] {"--jsheap.MaxHeapSize=32m", "--jsheap.GcLog", "a.js", "b.js"});
    assertNull(a.error());
    assertFalse(a.help());
    assertEquals(Map.of("jsheap.MaxHeapSize", "32m", "jsheap.GcLog", "true"), a.options());
    assertEquals(List.of("jsheap.MaxHeapSize", "jsheap.GcLog"), List.copyOf(a.options().keySet()));
    assertEquals(List.of("a.js", "b.js"), a.files());
  }

  @Test
  void argumentsAfterTheFirstFileAreFilesEvenWhenTheyLookLikeOptions() {
    LauncherArguments a = LauncherArguments.parse(new String[] {"a.js", "--jsheap.X=1"});
    assertEquals(List.of("a.js", "--jsheap.X=1"), a.files());
    assertTrue(a.options().isEmpty());
  }

  @Test
  void doubleDashEndsTheOptions() {
    LauncherArguments a = LauncherArguments.parse(new String[] {"--a.b=c=d", "--", "--odd.js"});
    assertEquals(Map.of("a.b", "c=d"), a.options());
    assertEquals(List.of("--odd.js"), a.files());
  }

  @Test
  void helpNeedsNoFile() {
    assertTrue(LauncherArguments.parse(new String[] {"--help"}).help());
    assertTrue(LauncherArguments.parse(new String[] {"-h"}).help());
    assertNull(LauncherArguments.parse(new String[] {"--help"}).error());
  }

  @Test
  void malformedCommandLinesAreErrors() {
    assertTrue(LauncherArguments.parse(new String[] {}).error().contains("no script file"));
    assertTrue(LauncherArguments.parse(new String[] {"-x", "a.js"}).error().contains("-x"));
    assertTrue(LauncherArguments.parse(new String[] {"--nodot", "a.js"}).error().contains("nodot"));
    assertTrue(LauncherArguments.parse(new String[] {"--.x=1", "a.js"}).error() != null);
    assertTrue(LauncherArguments.parse(new String[] {"--x.=1", "a.js"}).error() != null);
  }

  @Test
  void aLoneDashIsAFileName() {
    assertEquals(List.of("-"), LauncherArguments.parse(new String[] {"-"}).files());
  }
}
