package org.jsheap.runtime.objects;

/**
 * A string concatenation not yet flattened: {@code left + right}, each a {@link String} or a rope.
 * Flattening walks the tree iteratively (no recursion on deep left-leaning chains) and caches the
 * result, so {@code s += x} in a loop costs linear time overall.
 */
final class Rope implements CharSequence {
  private Object left;
  private Object right;
  private final int length;
  private String flat;

  Rope(Object left, Object right, int length) {
    this.left = left;
    this.right = right;
    this.length = length;
  }

  static int lengthOf(Object s) {
    return s instanceof String str ? str.length() : ((Rope) s).length;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    return toString().charAt(index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return toString().substring(start, end);
  }

  @Override
  public String toString() {
    if (flat == null) {
      StringBuilder sb = new StringBuilder(length);
      java.util.ArrayDeque<Object> todo = new java.util.ArrayDeque<>();
      todo.push(this);
      while (!todo.isEmpty()) {
        Object o = todo.pop();
        if (o instanceof String s) {
          sb.append(s);
        } else {
          Rope r = (Rope) o;
          if (r.flat != null) {
            sb.append(r.flat);
          } else {
            todo.push(r.right);
            todo.push(r.left);
          }
        }
      }
      flat = sb.toString();
      left = null;
      right = null;
    }
    return flat;
  }
}
