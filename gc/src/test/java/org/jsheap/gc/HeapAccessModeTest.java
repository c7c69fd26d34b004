package org.jsheap.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The heap's access path in both modes: the test JVM's heaps run checked and catch a stray offset;
 * an unchecked heap (a separate JVM, since an unchecked access to unmapped memory would crash it)
 * turns every use after close into an {@link IllegalStateException}.
 */
class HeapAccessModeTest {
  @Test
  void aTestHeapCatchesAnOutOfBoundsOffset() {
    try (Heap heap = Heap.create(TestHeaps.small().build())) {
      var memory = heap.memoryForTesting();
      assertTrue(memory.isChecked(), "test heaps run in checked mode");
      long size = memory.size();
      assertEquals(heap.config().maxHeapBytes(), size);
      assertThrows(IndexOutOfBoundsException.class, () -> memory.getLong(size));
      assertThrows(IndexOutOfBoundsException.class, () -> memory.setLong(-8, 0));
      long object = heap.allocate(3, 0, 2, 0);
      assertEquals(ValueCodec.UNDEFINED, memory.getLong(object + ObjectHeader.SIZE));
    }
  }

  /** Public methods that do not touch heap memory and may run on a closed heap. */
  static final Set<String> PURE =
      Set.of(
          "close",
          "isClosed",
          "config",
          "statistics",
          "isYoung",
          "isOld",
          "isMarking",
          "markingMode",
          "globalHandleCount",
          "rememberedSlotCount",
          "externalBytes",
          "external",
          "removeRootProvider",
          "removeClassEdges",
          "addListener",
          "removeListener",
          "newValueStack");

  @Test
  @Tag("no-stress") // the child JVM runs without stress: stress mode would force checked access
  void anUncheckedHeapRejectsEveryUseAfterClose(@TempDir Path dir)
      throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElseThrow();
    Path out = dir.resolve("out.txt");
    Process p =
        new ProcessBuilder(
                java,
                "-ea",
                "--enable-native-access=ALL-UNNAMED",
                "-Djsheap.heap.checked=false",
                "-XX:ErrorFile=" + dir.resolve("hs_err_%p.log"),
                "-cp",
                System.getProperty("java.class.path"),
                ClosedHeapProbe.class.getName())
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "probe timed out");
    String output = Files.readString(out, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), "the probe JVM must neither crash nor fail:\n" + output);
    assertTrue(output.contains("unchecked heap"), output);
    assertTrue(output.contains("probed "), output);
  }

  /** Runs in the child JVM: closes an unchecked heap, then calls every public method on it. */
  public static final class ClosedHeapProbe {
    public static void main(String[] args) throws Exception {
      Heap heap = Heap.create(TestHeaps.small().build());
      if (heap.memoryForTesting().isChecked()) {
        throw new AssertionError("the probe must run unchecked");
      }
      System.out.println("unchecked heap");
      long object = heap.allocate(3, 0, 2, 16);
      long old = heap.allocateTenured(3, 0, 2, 16);
      heap.close();
      List<String> failures = new ArrayList<>();
      Set<String> probed = new TreeSet<>();
      for (Method m : Heap.class.getDeclaredMethods()) {
        if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers())) {
          continue;
        }
        Object[] actuals = arguments(m, object, old);
        probed.add(m.getName());
        try {
          m.invoke(heap, actuals);
          if (!PURE.contains(m.getName())) {
            failures.add(m.getName() + " returned on a closed heap");
          }
        } catch (InvocationTargetException e) {
          Throwable cause = e.getCause();
          if (!PURE.contains(m.getName()) && !(cause instanceof IllegalStateException)) {
            failures.add(m.getName() + " threw " + cause);
          }
        }
      }
      System.out.println("probed " + probed.size() + " methods: " + probed);
      if (!failures.isEmpty()) {
        System.out.println("FAILURES: " + failures);
        System.exit(1);
      }
    }

    private static Object[] arguments(Method m, long object, long old) {
      Class<?>[] types = m.getParameterTypes();
      Object[] args = new Object[types.length];
      for (int i = 0; i < types.length; i++) {
        Class<?> t = types[i];
        if (t == long.class) {
          args[i] = i == 0 ? object : (i == 1 ? 0L : old);
        } else if (t == int.class) {
          args[i] = 0;
        } else if (t == double.class) {
          args[i] = 0.0;
        } else if (t == char.class) {
          args[i] = 'x';
        } else if (t == byte.class) {
          args[i] = (byte) 0;
        } else if (t == boolean.class) {
          args[i] = false;
        } else if (t == Object.class) {
          args[i] = "target";
        } else {
          args[i] = null;
        }
      }
      return args;
    }
  }
}
