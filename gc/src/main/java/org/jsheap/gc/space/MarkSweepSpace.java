package org.jsheap.gc.space;

import java.util.Arrays;
import java.util.function.LongConsumer;
import org.jsheap.gc.ObjectHeader;
import org.jsheap.gc.ValueCodec;
import org.jsheap.gc.util.HeapMemory;
import org.jsheap.gc.util.MarkBitmap;
import org.jsheap.gc.util.SlotSet;

/**
 * The mature space for small objects: blocks of one size class each, free lists of cells threaded
 * through free cells, and lazy sweeping (a block is swept when its size class next needs cells).
 *
 * <p>Invariants: every cell of a block holds either an object or a free cell (header class id
 * {@link ObjectHeader#FREE_CLASS_ID}, word 1 the next free cell), so blocks are always parsable;
 * the allocator only hands out cells of swept blocks, so an object allocated after marking can
 * never be freed by a sweep that still reads stale mark bits; in an unswept block exactly the
 * marked cells are live.
 */
public final class MarkSweepSpace implements Space, Allocator {
  /** Largest cell; larger objects go to the {@link LargeObjectSpace}. */
  public static final long MAX_CELL_SIZE = 8192;

  private static final int[] CELL_SIZES = {
    16, 24, 32, 40, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512, 640, 768, 896,
    1024, 1280, 1536, 1792, 2048, 2560, 3072, 3584, 4096, 5120, 6144, 7168, 8192
  };
  private static final byte[] CLASS_OF_GRANULES = new byte[(int) (MAX_CELL_SIZE >>> 3) + 1];

  static {
    int cls = 0;
    for (int granules = 0; granules < CLASS_OF_GRANULES.length; granules++) {
      while (CELL_SIZES[cls] < granules * 8) {
        cls++;
      }
      CLASS_OF_GRANULES[granules] = (byte) cls;
    }
  }

  private static final long FREE_WORD0 = ObjectHeader.word0(ObjectHeader.FREE_CLASS_ID, 0);
  private static final byte NOT_OURS = -1;

  private final HeapMemory memory;
  private final BlockPool pool;
  private final MarkBitmap marks;
  private final SlotSet rememberedSet;
  private final boolean poison;

  private final byte[] blockClass;
  private final boolean[] blockSwept;
  private final long[] freeHead = new long[CELL_SIZES.length];
  private final IntStack[] available = new IntStack[CELL_SIZES.length];
  private final IntStack[] unswept = new IntStack[CELL_SIZES.length];
  private long usedBytes;
  private long freedBytes;

  public MarkSweepSpace(
      HeapMemory memory, BlockPool pool, MarkBitmap marks, SlotSet rememberedSet, boolean poison) {
    this.memory = memory;
    this.pool = pool;
    this.marks = marks;
    this.rememberedSet = rememberedSet;
    this.poison = poison;
    this.blockClass = new byte[pool.blockCount()];
    Arrays.fill(blockClass, NOT_OURS);
    this.blockSwept = new boolean[pool.blockCount()];
    for (int c = 0; c < CELL_SIZES.length; c++) {
      available[c] = new IntStack();
      unswept[c] = new IntStack();
    }
  }

  /** The cell size an object of {@code size} bytes occupies. */
  public static long cellSizeFor(long size) {
    return CELL_SIZES[CLASS_OF_GRANULES[(int) ((size + 7) >>> 3)]];
  }

  @Override
  public String name() {
    return "old";
  }

  @Override
  public boolean contains(long address) {
    return pool.contains(address) && blockClass[pool.blockIndex(address)] != NOT_OURS;
  }

  @Override
  public long usedBytes() {
    return usedBytes;
  }

  @Override
  public long capacityBytes() {
    return pool.end() - pool.start();
  }

  /** Bytes of dead objects freed by sweeping since the space was created. */
  public long freedBytes() {
    return freedBytes;
  }

  @Override
  public long allocate(long size) {
    int cls = CLASS_OF_GRANULES[(int) ((size + 7) >>> 3)];
    long cell = freeHead[cls];
    if (cell == 0) {
      cell = refill(cls);
      if (cell == 0) {
        return 0;
      }
    }
    freeHead[cls] = memory.getLong(cell + 8);
    usedBytes += CELL_SIZES[cls];
    return cell;
  }

  /** Finds a block with free cells for {@code cls}: a swept one, a lazily swept one, a new one. */
  private long refill(int cls) {
    while (true) {
      IntStack avail = available[cls];
      if (!avail.isEmpty()) {
        int block = avail.pop();
        long head = firstFreeCell(block);
        if (head != 0) {
          return freeHead[cls] = head;
        }
        continue;
      }
      IntStack lazy = unswept[cls];
      if (!lazy.isEmpty()) {
        sweepBlock(lazy.pop());
        continue;
      }
      int block = pool.take(1);
      if (block < 0) {
        return 0;
      }
      formatBlock(block, cls);
      return freeHead[cls] = pool.blockAddress(block);
    }
  }

  private void formatBlock(int block, int cls) {
    blockClass[block] = (byte) cls;
    blockSwept[block] = true;
    long start = pool.blockAddress(block);
    long cellSize = CELL_SIZES[cls];
    long cells = BlockPool.BLOCK_SIZE / cellSize;
    long next = 0;
    for (long i = cells - 1; i >= 0; i--) {
      long cell = start + i * cellSize;
      memory.setLong(cell, FREE_WORD0);
      memory.setLong(cell + 8, next);
      next = cell;
    }
  }

  /** Threads a block's free cells into a list and returns its head (0 if none). */
  private long firstFreeCell(int block) {
    long start = pool.blockAddress(block);
    long cellSize = CELL_SIZES[blockClass[block]];
    long next = 0;
    for (long cell = start + (BlockPool.BLOCK_SIZE / cellSize - 1) * cellSize;
        cell >= start;
        cell -= cellSize) {
      if (memory.getLong(cell) == FREE_WORD0) {
        memory.setLong(cell + 8, next);
        next = cell;
      }
    }
    return next;
  }

  /**
   * Called when marking has finished: forgets all free lists and makes every block unswept, so the
   * next allocations sweep lazily using the fresh mark bits.
   */
  public void prepareForSweep() {
    Arrays.fill(freeHead, 0L);
    for (int c = 0; c < CELL_SIZES.length; c++) {
      available[c].clear();
      unswept[c].clear();
    }
    for (int b = 0; b < blockClass.length; b++) {
      if (blockClass[b] != NOT_OURS) {
        blockSwept[b] = false;
        unswept[blockClass[b]].push(b);
      }
    }
  }

  /** Sweeps every block not yet swept (before marking starts, or for an eager sweep). */
  public void finishSweeping() {
    for (int c = 0; c < CELL_SIZES.length; c++) {
      IntStack lazy = unswept[c];
      while (!lazy.isEmpty()) {
        sweepBlock(lazy.pop());
      }
    }
  }

  /** Whether any block still waits for its lazy sweep. */
  public boolean hasUnsweptBlocks() {
    for (IntStack s : unswept) {
      if (!s.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private void sweepBlock(int block) {
    int cls = blockClass[block];
    long start = pool.blockAddress(block);
    long cellSize = CELL_SIZES[cls];
    long end = start + (BlockPool.BLOCK_SIZE / cellSize) * cellSize;
    int live = 0;
    int free = 0;
    for (long cell = start; cell < end; cell += cellSize) {
      if (marks.isMarked(cell)) {
        live++;
        continue;
      }
      free++;
      if (memory.getLong(cell) != FREE_WORD0) {
        usedBytes -= cellSize;
        freedBytes += cellSize;
        rememberedSet.clearRange(cell, cell + cellSize);
        if (poison) {
          for (long p = cell; p < cell + cellSize; p += 8) {
            memory.setLong(p, ValueCodec.POISON);
          }
        }
        memory.setLong(cell, FREE_WORD0);
      }
    }
    blockSwept[block] = true;
    if (live == 0) {
      blockClass[block] = NOT_OURS;
      pool.release(block, 1);
    } else if (free > 0) {
      available[cls].push(block);
    }
  }

  /**
   * Whether {@code address} is the start of a live object: in a swept block, an allocated cell; in
   * an unswept block, a marked one.
   */
  public boolean isObjectStart(long address) {
    if (!pool.contains(address) || (address & 7) != 0) {
      return false;
    }
    int block = pool.blockIndex(address);
    int cls = blockClass[block];
    if (cls == NOT_OURS) {
      return false;
    }
    long offset = address - pool.blockAddress(block);
    long cellSize = CELL_SIZES[cls];
    if (offset % cellSize != 0 || offset + cellSize > BlockPool.BLOCK_SIZE) {
      return false;
    }
    return blockSwept[block] ? memory.getLong(address) != FREE_WORD0 : marks.isMarked(address);
  }

  /** The start of the cell containing {@code address}; {@code address} must be in this space. */
  public long cellStart(long address) {
    int block = pool.blockIndex(address);
    long blockStart = pool.blockAddress(block);
    long cellSize = CELL_SIZES[blockClass[block]];
    return blockStart + (address - blockStart) / cellSize * cellSize;
  }

  /** Visits the start of every live object (see {@link #isObjectStart}). */
  public void forEachObject(LongConsumer visitor) {
    for (int b = 0; b < blockClass.length; b++) {
      int cls = blockClass[b];
      if (cls == NOT_OURS) {
        continue;
      }
      long start = pool.blockAddress(b);
      long cellSize = CELL_SIZES[cls];
      long end = start + (BlockPool.BLOCK_SIZE / cellSize) * cellSize;
      for (long cell = start; cell < end; cell += cellSize) {
        if (blockSwept[b] ? memory.getLong(cell) != FREE_WORD0 : marks.isMarked(cell)) {
          visitor.accept(cell);
        }
      }
    }
  }

  /** A minimal growable int stack for block lists. */
  private static final class IntStack {
    private int[] items = new int[8];
    private int size;

    void push(int v) {
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      items[size++] = v;
    }

    int pop() {
      return items[--size];
    }

    boolean isEmpty() {
      return size == 0;
    }

    void clear() {
      size = 0;
    }
  }
}
