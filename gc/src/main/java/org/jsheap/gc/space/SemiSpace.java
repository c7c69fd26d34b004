package org.jsheap.gc.space;

/**
 * The young generation's two halves (MMTk's copy space) and the one bump allocator in them: the
 * mutator bump-allocates in the current half; a scavenge copies survivors into the other half and
 * {@link #flip}s.
 *
 * <p>This class is the only owner of the allocation pointer {@code top} and of the soft {@code
 * limit} the fast path compares against. The plan lowers the limit ({@link #setLimit}) to send the
 * fast path to its slow path early (marking steps, stress points, pending old-generation requests:
 * V8's allocation-observer trick), so the fast path has one compare.
 *
 * <p>Invariant: between collections {@code [currentStart, top)} is a parsable sequence of objects,
 * the other half holds nothing live, and {@code limit <= currentEnd()}.
 */
public final class SemiSpace implements Space, Allocator {
  private final long start;
  private final long halfSize;
  private final long span;
  private long currentStart;
  private long top;
  private long limit;
  private long allocationMark;

  /** Two halves of {@code halfSize} bytes each, starting at {@code start}. */
  public SemiSpace(long start, long halfSize) {
    this.start = start;
    this.halfSize = halfSize;
    this.span = 2 * halfSize;
    this.currentStart = start;
    this.top = start;
    this.limit = start + halfSize;
    this.allocationMark = start;
  }

  @Override
  public String name() {
    return "young";
  }

  /**
   * The fast path: bumps {@code top} by {@code size} unless that passes the soft limit; 0 then.
   * {@code size} must be positive and at most {@link #capacityBytes()}, so the sum cannot overflow.
   */
  public long bump(long size) {
    long address = top;
    long newTop = address + size;
    if (newTop > limit) {
      return 0;
    }
    top = newTop;
    return address;
  }

  /** Bump-allocates in the current half up to its end, ignoring the soft limit; 0 when full. */
  @Override
  public long allocate(long size) {
    long address = top;
    if (size < 0 || size > currentStart + halfSize - address) {
      return 0;
    }
    top = address + size;
    return address;
  }

  /** Whether the address is in either half. One unsigned compare. */
  @Override
  public boolean contains(long address) {
    return Long.compareUnsigned(address - start, span) < 0;
  }

  @Override
  public long usedBytes() {
    return top - currentStart;
  }

  @Override
  public long capacityBytes() {
    return halfSize;
  }

  public long start() {
    return start;
  }

  /** End of the second half: {@code [start, end)} is the whole young generation. */
  public long end() {
    return start + span;
  }

  public long halfSize() {
    return halfSize;
  }

  public long currentStart() {
    return currentStart;
  }

  public long currentEnd() {
    return currentStart + halfSize;
  }

  /** Start of the half the next scavenge copies into. */
  public long reserveStart() {
    return currentStart == start ? start + halfSize : start;
  }

  public long top() {
    return top;
  }

  /** The soft limit of the fast path ({@link #bump}). */
  public long limit() {
    return limit;
  }

  /**
   * Sets the soft limit; clamped to the end of the current half. 0 sends every bump to the slow
   * path.
   */
  public void setLimit(long newLimit) {
    this.limit = Math.min(newLimit, currentEnd());
  }

  /** Bytes bump-allocated since the last call (or flip), for the allocation statistics. */
  public long takeAllocatedBytes() {
    long bytes = top - allocationMark;
    allocationMark = top;
    return bytes;
  }

  /** Whether {@code address} lies in the half that holds no live objects. */
  public boolean inReserve(long address) {
    long r = reserveStart();
    return address >= r && address < r + halfSize;
  }

  /**
   * Makes the reserve half current, with {@code newTop} as its allocation top; the copied survivors
   * below it are not new allocation. The soft limit becomes the end of the new half.
   */
  public void flip(long newTop) {
    currentStart = reserveStart();
    top = newTop;
    allocationMark = newTop;
    limit = currentEnd();
  }
}
