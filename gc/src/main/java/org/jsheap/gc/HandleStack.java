package org.jsheap.gc;

import java.util.Arrays;

/** The backing store of all {@link HandleScope}s of one heap; a root provider. */
final class HandleStack implements RootProvider {
  private long[] handles = new long[64];
  private int top;
  private int depth;

  int top() {
    return top;
  }

  int enterScope() {
    return ++depth;
  }

  void exitScope(int scopeDepth, int base) {
    if (scopeDepth != depth) {
      throw new IllegalStateException(
          "handle scopes must close innermost first: closing depth "
              + scopeDepth
              + " while depth "
              + depth
              + " is open");
    }
    depth--;
    top = base;
  }

  int push(long value) {
    if (top == handles.length) {
      handles = Arrays.copyOf(handles, handles.length * 2);
    }
    handles[top] = value;
    return top++;
  }

  long get(int index) {
    return handles[index];
  }

  void set(int index, long value) {
    handles[index] = value;
  }

  @Override
  public void visitRoots(RootVisitor visitor) {
    for (int i = 0; i < top; i++) {
      handles[i] = visitor.visit(handles[i]);
    }
  }
}
