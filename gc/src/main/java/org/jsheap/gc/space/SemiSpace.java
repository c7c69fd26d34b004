package org.jsheap.gc.space;

/**
 * The young generation's two halves (MMTk's copy space): the mutator bump-allocates in the current
 * half; a scavenge copies survivors into the other half and {@link #flip()}s.
 *
 * <p>Invariant: between collections {@code [currentStart, top)} is a parsable sequence of objects
 * and the other half holds nothing live.
 */
public final class SemiSpace implements Space, Allocator {
  private final long start;
  private final long halfSize;
  private long currentStart;
  private long top;

  /** Two halves of {@code halfSize} bytes each, starting at {@code start}. */
  public SemiSpace(long start, long halfSize) {
    this.start = start;
    this.halfSize = halfSize;
    this.currentStart = start;
    this.top = start;
  }

  @Override
  public String name() {
    return "young";
  }

  /**
   * Bump-allocates in the current half; 0 when it is full. The heap inlines the same bump on its
   * fast path and calls this on the slow path.
   */
  @Override
  public long allocate(long size) {
    long address = top;
    if (address + size > currentStart + halfSize) {
      return 0;
    }
    top = address + size;
    return address;
  }

  /** Whether the address is in either half. */
  @Override
  public boolean contains(long address) {
    return address - start < 2 * halfSize && address >= start;
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

  public void setTop(long top) {
    this.top = top;
  }

  /** Whether {@code address} lies in the half that holds no live objects. */
  public boolean inReserve(long address) {
    long r = reserveStart();
    return address >= r && address < r + halfSize;
  }

  /** Makes the reserve half current, with {@code newTop} as its allocation top. */
  public void flip(long newTop) {
    currentStart = reserveStart();
    top = newTop;
  }
}
