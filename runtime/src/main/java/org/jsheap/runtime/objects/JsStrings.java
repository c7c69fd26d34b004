package org.jsheap.runtime.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.jsheap.gc.Heap;
import org.jsheap.gc.ValueCodec;
import org.jsheap.shapes.HeapKind;

/**
 * JavaScript strings and symbols as heap cells: a cell of kind {@link HeapKind#STRING} (or {@link
 * HeapKind#SYMBOL}) whose slot 0 is an external-reference handle to the Java {@link String} or
 * {@link Rope} (or {@code SymbolKey}). The Java object lives while the cell does; its size counts
 * toward the heap limit as external memory (docs/decisions.md).
 */
public final class JsStrings {
  /** Class id of runtime cells (not a shape: {@code ClassTable.shape} returns null for it). */
  public static final int CELL_CLASS = 0;

  private static final long CELL_OVERHEAD = 24;
  private static final int MAX_LENGTH = (1 << 30) - 25;

  private final Heap heap;

  public JsStrings(Heap heap) {
    this.heap = heap;
  }

  /** A new string value. May collect. */
  @TruffleBoundary
  public long fromJava(String s) {
    return cell(HeapKind.STRING, s, CELL_OVERHEAD + 2L * s.length());
  }

  /** A new symbol value for {@code key} (a shapes SymbolKey). May collect. */
  @TruffleBoundary
  public long symbol(Object key) {
    return cell(HeapKind.SYMBOL, key, CELL_OVERHEAD);
  }

  private long cell(int kind, Object target, long bytes) {
    long a = heap.allocate(CELL_CLASS, kind, 1, 0);
    heap.setSlot(a, 0, heap.registerExternal(a, target, bytes));
    return ValueCodec.fromReference(a);
  }

  public boolean isString(long value) {
    return ValueCodec.isReference(value)
        && heap.kind(ValueCodec.asReference(value)) == HeapKind.STRING;
  }

  public boolean isSymbol(long value) {
    return ValueCodec.isReference(value)
        && heap.kind(ValueCodec.asReference(value)) == HeapKind.SYMBOL;
  }

  /** The Java string of a string value (flattening a rope once). */
  @TruffleBoundary
  public String toJava(long value) {
    Object o = heap.external(heap.getSlot(ValueCodec.asReference(value), 0));
    return o.toString();
  }

  /** The symbol key of a symbol value. */
  public Object symbolKey(long value) {
    return heap.external(heap.getSlot(ValueCodec.asReference(value), 0));
  }

  /** The length of a string value, without flattening. */
  public int length(long value) {
    return Rope.lengthOf(heap.external(heap.getSlot(ValueCodec.asReference(value), 0)));
  }

  /**
   * {@code a + b} of two string values: a rope above a few characters, so repeated appends stay
   * linear. May collect (reads both Java strings before allocating).
   *
   * @throws IllegalArgumentException (as a RangeError) when the result is too long
   */
  @TruffleBoundary
  public long concat(long a, long b) {
    Object l = heap.external(heap.getSlot(ValueCodec.asReference(a), 0));
    Object r = heap.external(heap.getSlot(ValueCodec.asReference(b), 0));
    return concatJava(l, r);
  }

  /** Concatenates Java-side strings or ropes into a new string value. May collect. */
  @TruffleBoundary
  public long concatJava(Object l, Object r) {
    int ll = Rope.lengthOf(l);
    int rl = Rope.lengthOf(r);
    if ((long) ll + rl > MAX_LENGTH) {
      throw JsException.rangeError("Invalid string length");
    }
    Object result;
    if (ll == 0) {
      result = r;
    } else if (rl == 0) {
      result = l;
    } else if (ll + rl <= 32) {
      result = l.toString() + r.toString();
    } else {
      result = new Rope(l, r, ll + rl);
    }
    return cell(HeapKind.STRING, result, CELL_OVERHEAD + 2L * (ll + rl));
  }

  /** The Java-side string or rope behind a string value (for concatenation). */
  public Object javaSide(long value) {
    return heap.external(heap.getSlot(ValueCodec.asReference(value), 0));
  }
}
