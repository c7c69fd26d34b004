package org.jsheap.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The activation API of {@link ValueStack} on its own, without a heap: windows entered from Java
 * ({@code enter}/{@code leave}), windows of callees entered at a base their caller passes ({@code
 * enterAt}), the high-water mark the collector scans, and the checked mode of the unchecked slot
 * accessors.
 */
class ActivationTest {

  private static ValueStack stack(int max) {
    return new ValueStack(null, 0, max);
  }

  private static List<Long> scanned(ValueStack s) {
    List<Long> seen = new ArrayList<>();
    s.visitRoots(
        v -> {
          seen.add(v);
          return v;
        });
    return seen;
  }

  @Test
  void enterHandsOutAnUndefinedWindowAndLeaveDropsIt() {
    ValueStack s = stack(100);
    int base = s.enter(3);
    assertEquals(0, base);
    assertEquals(3, s.size());
    assertEquals(3, s.highWater());
    for (int i = 0; i < 3; i++) {
      assertEquals(ValueCodec.UNDEFINED, s.getUnchecked(base + i));
    }
    s.setUnchecked(base + 2, ValueCodec.fromInt(42));
    assertEquals(ValueCodec.fromInt(42), s.get(base + 2));
    s.leave(base);
    assertEquals(0, s.size());
    assertEquals(0, s.highWater());
    assertTrue(scanned(s).isEmpty(), "a left window is no root");
  }

  @Test
  void enteredWindowsNestAndAreReEntrantUnderRecursion() {
    ValueStack s = stack(1000);
    int outer = s.enter(2);
    s.setUnchecked(outer, ValueCodec.fromInt(1));
    int depth = recurse(s, 50);
    assertEquals(50, depth);
    assertEquals(ValueCodec.fromInt(1), s.getUnchecked(outer), "inner windows never overlap");
    assertEquals(2, s.size());
    s.leave(outer);
    assertEquals(0, s.size());
  }

  private static int recurse(ValueStack s, int n) {
    int base = s.enter(4);
    try {
      s.setUnchecked(base, ValueCodec.fromInt(n));
      int below = n == 0 ? 0 : 1 + recurse(s, n - 1);
      assertEquals(ValueCodec.fromInt(n), s.getUnchecked(base), "callee clobbered caller");
      return below;
    } finally {
      s.leave(base);
    }
  }

  @Test
  void leaveInAFinallyReleasesTheWindowOnExceptionalExit() {
    ValueStack s = stack(100);
    int base = s.enter(1);
    assertThrows(IllegalStateException.class, () -> throwing(s, 5));
    assertEquals(1, s.size(), "every window of the unwound frames was left");
    assertEquals(1, s.highWater());
    s.leave(base);
  }

  private static void throwing(ValueStack s, int n) {
    int base = s.enter(3);
    try {
      if (n == 0) {
        throw new IllegalStateException("unwind");
      }
      throwing(s, n - 1);
    } finally {
      s.leave(base);
    }
  }

  @Test
  void enterAtWritesNothingInsideTheHighWaterMark() {
    ValueStack s = stack(100);
    int root = s.enter(2);
    s.enterAt(2, 5);
    assertEquals(7, s.highWater(), "the first call raises the high-water mark");
    assertEquals(2, s.size(), "enterAt leaves the top alone");
    for (int i = 2; i < 7; i++) {
      assertEquals(ValueCodec.UNDEFINED, s.getUnchecked(i), "new slots start undefined");
    }
    assertTrue(s.covers(2, 5));
    assertTrue(s.covers(6, 1));
    assertFalse(s.covers(6, 2), "one slot past the mark");
    assertFalse(s.covers(3, -20), "a negative count is refused in checked mode");
    s.setUnchecked(4, ValueCodec.fromInt(9));
    // The callee returned (nothing to do) and a second call reuses its window: nothing is written.
    s.enterAt(2, 4);
    assertEquals(7, s.highWater());
    assertEquals(ValueCodec.fromInt(9), s.getUnchecked(4), "enterAt does not clear a window");
    assertEquals(7, scanned(s).size(), "the collector scans up to the high-water mark");
    s.leave(root);
    assertEquals(0, s.highWater(), "leaving the Java entry drops its callees' windows");
    s.enterAt(0, 5);
    assertEquals(ValueCodec.UNDEFINED, s.getUnchecked(4), "a dropped slot does not reappear");
  }

  @Test
  void enterFromJavaStartsAboveEveryCalleeWindow() {
    ValueStack s = stack(100);
    int root = s.enter(2);
    s.enterAt(2, 3);
    s.enterAt(5, 3);
    s.setUnchecked(7, ValueCodec.fromInt(7));
    int reentry = s.enter(2);
    assertEquals(8, reentry, "a re-entry from Java must not overlap a live callee window");
    s.setUnchecked(reentry, ValueCodec.TRUE);
    assertEquals(ValueCodec.fromInt(7), s.getUnchecked(7));
    s.leave(reentry);
    assertEquals(8, s.highWater());
    assertEquals(ValueCodec.fromInt(7), s.getUnchecked(7));
    s.leave(root);
  }

  @Test
  void overflowIsAClearExceptionAndLeavesTheStackUsable() {
    ValueStack s = stack(10);
    int base = s.enter(4);
    ValueStackOverflowException e =
        assertThrows(ValueStackOverflowException.class, () -> s.enter(7));
    assertTrue(e.getMessage().contains("10"), e.getMessage());
    assertThrows(ValueStackOverflowException.class, () -> s.enterAt(4, 7));
    assertThrows(ValueStackOverflowException.class, () -> s.enterAt(Integer.MAX_VALUE, 1));
    assertEquals(-1, s.tryEnter(7));
    assertFalse(s.tryEnterAt(4, 7), "tryEnterAt reports the overflow");
    assertFalse(s.tryEnterAt(-1, 2));
    assertFalse(s.tryEnterAt(2, -1));
    assertTrue(s.tryEnterAt(2, 3));
    assertEquals(5, s.highWater());
    assertTrue(s.tryEnterAt(0, 1), "a window below the mark changes nothing");
    assertEquals(5, s.highWater());
    assertEquals(4, s.size());
    s.enterAt(4, 6);
    assertEquals(10, s.highWater());
    assertEquals(10, s.tryEnter(0));
    s.leave(10);
    s.leave(base);
    assertEquals(0, s.tryEnter(10));
  }

  @Test
  void badArgumentsAreRejected() {
    ValueStack s = stack(10);
    assertThrows(IllegalArgumentException.class, () -> s.enter(-1));
    assertThrows(IllegalArgumentException.class, () -> s.tryEnter(-1));
    assertThrows(IllegalArgumentException.class, () -> s.enterAt(-1, 20));
    assertThrows(IllegalArgumentException.class, () -> s.enterAt(3, -20));
    int base = s.enter(2);
    assertThrows(IllegalStateException.class, () -> s.leave(3), "leave above the top");
    assertThrows(IllegalStateException.class, () -> s.leave(-1));
    s.leave(base);
  }

  @Test
  void checkedModeCatchesAnUncheckedAccessOutsideTheScannedSlots() {
    assertTrue(ValueStack.CHECKED, "tests run with -ea, so the checked mode is on");
    ValueStack s = stack(10);
    int base = s.enter(2);
    assertThrows(AssertionError.class, () -> s.getUnchecked(2));
    assertThrows(AssertionError.class, () -> s.setUnchecked(2, ValueCodec.NULL));
    assertThrows(AssertionError.class, () -> s.getUnchecked(-1));
    s.leave(base);
    assertThrows(AssertionError.class, () -> s.getUnchecked(0), "a left window is not scanned");
  }

  @Test
  void pushAndPopStillWorkAndAreScannedBelowTheTop() {
    ValueStack s = stack(10);
    s.push(ValueCodec.fromInt(1));
    int base = s.enter(1);
    assertEquals(1, base);
    s.leave(base);
    assertEquals(ValueCodec.fromInt(1), s.pop());
    assertThrows(ValueStackOverflowException.class, () -> s.setSize(11));
    s.setSize(10);
    assertThrows(ValueStackOverflowException.class, () -> s.push(ValueCodec.NULL));
    assertEquals(10, scanned(s).size());
    assertFalse(scanned(s).contains(ValueCodec.fromInt(1)), "setSize fills with undefined");
  }

  @Test
  void closeDropsEveryWindow() {
    ValueStack s = new ValueStack(null, 0, 10);
    s.enter(2);
    s.enterAt(2, 3);
    s.close();
    assertTrue(scanned(s).isEmpty());
  }
}
