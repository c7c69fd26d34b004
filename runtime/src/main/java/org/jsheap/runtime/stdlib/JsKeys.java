package org.jsheap.runtime.stdlib;

import org.jsheap.runtime.collections.KeyEquivalence;
import org.jsheap.runtime.objects.JsStrings;

/**
 * SameValueZero's content keys for the runtime: strings compare by their characters (a string
 * cell's Java string or rope, flattened on the Java side, never in the gc heap), symbols by their
 * {@code SymbolKey} (so two cells of one symbol are one key).
 */
final class JsKeys implements KeyEquivalence {
  private final JsStrings strings;

  JsKeys(JsStrings strings) {
    this.strings = strings;
  }

  @Override
  public boolean isContentKey(long value) {
    return strings.isString(value) || strings.isSymbol(value);
  }

  @Override
  public int contentHash(long value) {
    return strings.isString(value)
        ? strings.toJava(value).hashCode()
        : strings.symbolKey(value).hashCode();
  }

  @Override
  public boolean contentEquals(long a, long b) {
    boolean sa = strings.isString(a);
    if (sa != strings.isString(b)) {
      return false;
    }
    return sa
        ? strings.toJava(a).equals(strings.toJava(b))
        : strings.symbolKey(a) == strings.symbolKey(b);
  }
}
