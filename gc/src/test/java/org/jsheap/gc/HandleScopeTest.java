package org.jsheap.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Handle scopes and their backing stack, without a heap: nesting and lifecycle rules. */
class HandleScopeTest {

  private static List<Long> roots(RootProvider provider) {
    List<Long> seen = new ArrayList<>();
    provider.visitRoots(
        v -> {
          seen.add(v);
          return v;
        });
    return seen;
  }

  @Test
  void handlesHoldValues() {
    HandleStack stack = new HandleStack();
    try (HandleScope scope = new HandleScope(stack)) {
      int a = scope.add(ValueCodec.fromInt(1));
      int b = scope.add(ValueCodec.fromInt(2));
      assertEquals(2, scope.size());
      assertEquals(ValueCodec.fromInt(1), scope.get(a));
      scope.set(b, ValueCodec.NULL);
      assertEquals(ValueCodec.NULL, scope.get(b));
      assertEquals(List.of(ValueCodec.fromInt(1), ValueCodec.NULL), roots(stack));
    }
    assertEquals(List.of(), roots(stack), "a closed scope's handles are no longer roots");
  }

  @Test
  void visitorResultIsStoredInTheHandle() {
    HandleStack stack = new HandleStack();
    try (HandleScope scope = new HandleScope(stack)) {
      int h = scope.add(ValueCodec.fromReference(4096));
      stack.visitRoots(v -> ValueCodec.fromReference(8192));
      assertEquals(ValueCodec.fromReference(8192), scope.get(h));
    }
  }

  @Test
  void scopesNestAndInnerHandlesDieWithTheInnerScope() {
    HandleStack stack = new HandleStack();
    HandleScope outer = new HandleScope(stack);
    int o = outer.add(ValueCodec.fromInt(1));
    HandleScope inner = new HandleScope(stack);
    int i = inner.add(ValueCodec.fromInt(2));
    assertEquals(2, roots(stack).size());
    assertThrows(IllegalArgumentException.class, () -> inner.get(o), "outer handle via inner");
    assertThrows(IllegalStateException.class, outer::close, "outer closed before inner");
    inner.close();
    assertEquals(List.of(ValueCodec.fromInt(1)), roots(stack));
    assertThrows(IllegalArgumentException.class, () -> outer.get(i), "dead inner handle");
    assertEquals(ValueCodec.fromInt(1), outer.get(o));
    outer.close();
    assertEquals(List.of(), roots(stack));
  }

  @Test
  void closedScopesThrowAndCloseIsIdempotent() {
    HandleStack stack = new HandleStack();
    HandleScope scope = new HandleScope(stack);
    int h = scope.add(ValueCodec.TRUE);
    scope.close();
    scope.close();
    assertThrows(IllegalStateException.class, () -> scope.get(h));
    assertThrows(IllegalStateException.class, () -> scope.set(h, ValueCodec.NULL));
    assertThrows(IllegalStateException.class, () -> scope.add(ValueCodec.NULL));
    try (HandleScope next = new HandleScope(stack)) {
      assertEquals(0, next.size());
    }
  }

  @Test
  void manyHandlesGrowTheStack() {
    HandleStack stack = new HandleStack();
    try (HandleScope scope = new HandleScope(stack)) {
      int first = scope.add(ValueCodec.fromInt(0));
      for (int k = 1; k < 1000; k++) {
        scope.add(ValueCodec.fromInt(k));
      }
      assertEquals(1000, scope.size());
      for (int k = 0; k < 1000; k++) {
        assertEquals(ValueCodec.fromInt(k), scope.get(first + k));
      }
    }
  }

  @Test
  void handleIndicesBelowTheScopeAreRejected() {
    HandleStack stack = new HandleStack();
    try (HandleScope scope = new HandleScope(stack)) {
      assertThrows(IllegalArgumentException.class, () -> scope.get(-1));
      assertThrows(IllegalArgumentException.class, () -> scope.get(0));
    }
  }
}
