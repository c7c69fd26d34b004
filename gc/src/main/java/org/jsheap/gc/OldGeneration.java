package org.jsheap.gc;

import java.util.function.LongConsumer;
import org.jsheap.gc.space.LargeObjectSpace;
import org.jsheap.gc.space.MarkSweepSpace;

/**
 * The mature generation of the plan: a {@link MarkSweepSpace} for objects up to {@link
 * Heap#LARGE_OBJECT_THRESHOLD} bytes and a {@link LargeObjectSpace} for larger ones, both in {@code
 * [start, end)}. It routes each request to the right space and answers the questions the collectors
 * ask about old addresses; it never collects.
 */
final class OldGeneration {
  private final long start;
  private final long end;
  private final MarkSweepSpace cells;
  private final LargeObjectSpace large;

  OldGeneration(long start, long end, MarkSweepSpace cells, LargeObjectSpace large) {
    this.start = start;
    this.end = end;
    this.cells = cells;
    this.large = large;
  }

  long start() {
    return start;
  }

  long end() {
    return end;
  }

  /** Bytes the generation can hold at most. */
  long capacityBytes() {
    return end - start;
  }

  boolean contains(long address) {
    return address >= start && address < end;
  }

  /** Allocation without collecting: 0 on failure. */
  long allocate(long size) {
    return size > Heap.LARGE_OBJECT_THRESHOLD ? large.allocate(size) : cells.allocate(size);
  }

  /** A mark-sweep cell for a promoted young object (never large); 0 when full. */
  long allocateCell(long size) {
    return cells.allocate(size);
  }

  /**
   * The object containing an old-generation slot, or 0 when the slot lies in no live object (a dead
   * cell awaiting its lazy sweep, or free memory).
   */
  long objectStartOfSlot(long slot) {
    if (cells.contains(slot)) {
      long cell = cells.cellStart(slot);
      return cells.isObjectStart(cell) ? cell : 0;
    }
    if (large.contains(slot)) {
      return large.objectStart(slot);
    }
    return 0;
  }

  /** Whether {@code address} is the start of an allocated old object. */
  boolean isObjectStart(long address) {
    return cells.isObjectStart(address) || large.isObjectStart(address);
  }

  /** Bytes in allocated cells and large objects. */
  long usedBytes() {
    return cells.usedBytes() + large.usedBytes();
  }

  long largeObjectBytes() {
    return large.usedBytes();
  }

  /** Bytes freed by sweeping since the heap was created. */
  long freedBytes() {
    return cells.freedBytes() + large.freedBytes();
  }

  /** Sweeps every block still waiting for its lazy sweep. */
  void finishSweeping() {
    cells.finishSweeping();
  }

  /** After marking: mark-sweep blocks become lazily swept, large objects are swept now. */
  void sweepAfterMarking() {
    cells.prepareForSweep();
    large.sweep();
  }

  /** Visits every allocated old object (mark-sweep cells first, then large objects). */
  void forEachObject(LongConsumer visitor) {
    cells.forEachObject(visitor);
    large.forEachObject(visitor);
  }
}
