package org.jsheap.gc.util;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One contiguous reservation of native memory for a heap, addressed by offsets from its start.
 *
 * <p>On Linux the region is an anonymous {@code mmap} with {@code MAP_NORESERVE}: address space is
 * reserved at once, physical pages are committed by the kernel on first touch, and {@link
 * #decommit} hands pages back with {@code madvise(MADV_DONTNEED)}. Elsewhere it falls back to an
 * {@link Arena} allocation (committed up front). Either way every access goes through the bounds-
 * and liveness-checked {@link MemorySegment} returned by {@link #memory()}: an offset outside the
 * region throws {@link IndexOutOfBoundsException}, and any access after {@link #close()} throws
 * {@link IllegalStateException}.
 */
public final class NativeRegion implements AutoCloseable {
  private static final AtomicLong RESERVED_BYTES = new AtomicLong();
  private static final long PAGE = 4096;

  private static final int PROT_READ_WRITE = 0x1 | 0x2;
  private static final int MAP_PRIVATE_ANONYMOUS_NORESERVE = 0x02 | 0x20 | 0x4000;
  private static final int MADV_DONTNEED = 4;

  private static final MethodHandle MMAP;
  private static final MethodHandle MUNMAP;
  private static final MethodHandle MADVISE;

  static {
    MethodHandle mmap = null;
    MethodHandle munmap = null;
    MethodHandle madvise = null;
    if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
      mmap =
          downcall(
              "mmap",
              FunctionDescriptor.of(
                  ADDRESS, ADDRESS, JAVA_LONG, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG));
      munmap = downcall("munmap", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG));
      madvise = downcall("madvise", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
    }
    MMAP = mmap;
    MUNMAP = munmap;
    MADVISE = madvise;
  }

  // SAFETY: the descriptors match the Linux x86-64/aarch64 C signatures of mmap(void*, size_t,
  // int, int, int, off_t), munmap(void*, size_t) and madvise(void*, size_t, int); a mismatch
  // would corrupt arguments, which NativeRegionTest (reserve, touch, decommit, close) would catch.
  @SuppressWarnings("restricted")
  private static MethodHandle downcall(String name, FunctionDescriptor descriptor) {
    Linker linker = Linker.nativeLinker();
    return linker
        .defaultLookup()
        .find(name)
        .map(address -> linker.downcallHandle(address, descriptor))
        .orElse(null);
  }

  private final Arena arena;
  private final MemorySegment memory;
  private final long size;
  private final boolean mapped;
  private boolean closed;

  private NativeRegion(Arena arena, MemorySegment memory, long size, boolean mapped) {
    this.arena = arena;
    this.memory = memory;
    this.size = size;
    this.mapped = mapped;
  }

  /**
   * Reserves {@code size} bytes (a multiple of 4096), zero-filled.
   *
   * @throws OutOfMemoryError if the operating system refuses the reservation
   */
  @SuppressWarnings("restricted") // SAFETY: see the comment at the reinterpret call below.
  public static NativeRegion reserve(long size) {
    if (size <= 0 || size % PAGE != 0) {
      throw new IllegalArgumentException(
          "region size must be a positive multiple of 4096: " + size);
    }
    Arena arena = Arena.ofShared();
    try {
      NativeRegion region;
      if (MMAP != null && MUNMAP != null) {
        MemorySegment base = mmap(size);
        // SAFETY: `base` is the start of a fresh private mapping of exactly `size` bytes, so the
        // reinterpreted segment covers only memory we own; the cleanup unmaps it exactly once,
        // when the shared arena closes, after which the segment rejects every access.
        MemorySegment memory =
            base.reinterpret(size, arena, segment -> munmap(segment.address(), size));
        region = new NativeRegion(arena, memory, size, true);
      } else {
        region = new NativeRegion(arena, arena.allocate(size, PAGE), size, false);
      }
      RESERVED_BYTES.addAndGet(size);
      return region;
    } catch (RuntimeException | Error e) {
      arena.close();
      throw e;
    }
  }

  private static MemorySegment mmap(long size) {
    try {
      MemorySegment p =
          (MemorySegment)
              MMAP.invokeExact(
                  MemorySegment.NULL,
                  size,
                  PROT_READ_WRITE,
                  MAP_PRIVATE_ANONYMOUS_NORESERVE,
                  -1,
                  0L);
      if (p.address() == -1L || p.address() == 0L) {
        throw new OutOfMemoryError("mmap of " + size + " bytes failed");
      }
      return p;
    } catch (Error | RuntimeException e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("mmap failed", t);
    }
  }

  private static void munmap(long address, long size) {
    try {
      int rc = (int) MUNMAP.invokeExact(MemorySegment.ofAddress(address), size);
      if (rc != 0) {
        throw new IllegalStateException("munmap failed: " + rc);
      }
    } catch (Error | RuntimeException e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("munmap failed", t);
    }
  }

  /** The whole region; offsets are heap addresses. */
  public MemorySegment memory() {
    return memory;
  }

  public long size() {
    return size;
  }

  /** Whether the region is an mmap reservation whose pages commit lazily. */
  public boolean isLazilyCommitted() {
    return mapped;
  }

  /**
   * Returns the physical pages fully inside {@code [offset, offset + length)} to the operating
   * system; they read as zero afterwards. Without mmap support the range is zero-filled instead.
   */
  public void decommit(long offset, long length) {
    long start = (offset + PAGE - 1) & ~(PAGE - 1);
    long end = (offset + length) & ~(PAGE - 1);
    if (end <= start) {
      return;
    }
    MemorySegment range = memory.asSlice(start, end - start);
    if (mapped && MADVISE != null) {
      try {
        int rc = (int) MADVISE.invokeExact(range, end - start, MADV_DONTNEED);
        if (rc == 0) {
          return;
        }
      } catch (Error | RuntimeException e) {
        throw e;
      } catch (Throwable t) {
        throw new IllegalStateException("madvise failed", t);
      }
    }
    range.fill((byte) 0);
  }

  public boolean isClosed() {
    return closed;
  }

  /** Unmaps the region. Idempotent. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      arena.close();
      RESERVED_BYTES.addAndGet(-size);
    }
  }

  /** Bytes reserved by all open regions of this JVM. */
  public static long reservedBytes() {
    return RESERVED_BYTES.get();
  }
}
