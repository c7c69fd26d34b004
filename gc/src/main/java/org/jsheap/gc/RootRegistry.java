package org.jsheap.gc;

import java.util.ArrayList;
import java.util.List;

/**
 * Every root of one heap: the handle scopes' stack, the global handles and the registered {@link
 * RootProvider}s (value stacks among them), visited in registration order by {@link #visitRoots}.
 */
final class RootRegistry {
  private final HandleStack handles = new HandleStack();
  private final GlobalHandles globals = new GlobalHandles();
  private final List<RootProvider> providers = new ArrayList<>();

  RootRegistry() {
    providers.add(handles);
    providers.add(globals);
  }

  /** Opens a handle scope on this heap's handle stack. */
  HandleScope openHandleScope() {
    return new HandleScope(handles);
  }

  GlobalHandle newGlobalHandle(long value) {
    return globals.create(value);
  }

  int globalHandleCount() {
    return globals.count();
  }

  void add(RootProvider provider) {
    providers.add(provider);
  }

  /** Removes the most recently added registration of {@code provider}, if any. */
  void remove(RootProvider provider) {
    for (int i = providers.size() - 1; i >= 0; i--) {
      if (providers.get(i) == provider) {
        providers.remove(i);
        return;
      }
    }
  }

  /** Passes every root to the visitor, which returns the value to store back. */
  void visitRoots(RootVisitor visitor) {
    for (int i = 0; i < providers.size(); i++) {
      providers.get(i).visitRoots(visitor);
    }
  }

  /** Forgets every provider (the heap closed). */
  void clear() {
    providers.clear();
  }
}
