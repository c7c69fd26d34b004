package org.jsheap.gc;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TEST DOUBLE, shadowing the gc module's {@code Heap} on the shapes test class path until the real
 * collector lands on main. Objects are Java {@code long[]}s keyed by a never-reused address; every
 * collection moves every live object to a fresh address and forgets the old one, so a stale address
 * fails loudly (stricter than from-space poisoning). Honours {@code jsheap.gc.stress} intervals.
 * Delete this file when main's Heap is merged.
 */
public final class Heap implements AutoCloseable {
  public static final long RESERVED_PREFIX_BYTES = 4096;
  public static final long LARGE_OBJECT_THRESHOLD = 8 * 1024;

  private final HeapConfig config;
  private final Map<Long, long[]> objects = new HashMap<>();
  private final HandleStack handles = new HandleStack();
  private final GlobalHandles globals = new GlobalHandles();
  private final List<RootProvider> providers = new ArrayList<>();
  private final List<GcListener> listeners = new ArrayList<>();
  private final StressMode stress;
  private long nextAddress = RESERVED_PREFIX_BYTES;
  private long allocations;
  private boolean closed;
  private long scavenges;

  private Heap(HeapConfig config) {
    this.config = config;
    StressMode fromConfig = config.stress();
    this.stress = fromConfig.forcesCollections() ? fromConfig : StressMode.fromSystemProperty();
    providers.add(handles);
    providers.add(globals);
  }

  public static Heap create(HeapConfig config) {
    return new Heap(config);
  }

  public static Heap create() {
    return create(HeapConfig.defaults());
  }

  public HeapConfig config() {
    return config;
  }

  public long allocate(int classId, int kind, int taggedSlots, long rawBytes) {
    allocations++;
    if (stress.minorEvery() > 0 && allocations % stress.minorEvery() == 0) {
      collectYoung();
    }
    if (stress.majorEvery() > 0 && allocations % stress.majorEvery() == 0) {
      collectFull();
    }
    int rawWords = (int) ((rawBytes + 7) / 8);
    long[] o = new long[2 + taggedSlots + rawWords];
    o[0] = classId & 0xFFFF_FFFFL;
    o[1] = ((long) taggedSlots << 32) | ((long) (kind & 0xFF) << 56) | rawWords;
    for (int i = 0; i < taggedSlots; i++) {
      o[2 + i] = ValueCodec.UNDEFINED;
    }
    long address = nextAddress;
    nextAddress += 8L * o.length;
    objects.put(address, o);
    return address;
  }

  public long allocateTenured(int classId, int kind, int taggedSlots, long rawBytes) {
    return allocate(classId, kind, taggedSlots, rawBytes);
  }

  private long[] obj(long address) {
    long[] o = objects.get(address);
    if (o == null) {
      throw new IllegalStateException("stale or invalid address " + address);
    }
    return o;
  }

  public int classId(long object) {
    return (int) obj(object)[0];
  }

  public void setClassId(long object, int classId) {
    obj(object)[0] = classId & 0xFFFF_FFFFL;
  }

  public int kind(long object) {
    return (int) (obj(object)[1] >>> 56);
  }

  public int taggedSlotCount(long object) {
    return (int) ((obj(object)[1] >>> 32) & 0xFF_FFFF);
  }

  public long rawByteCount(long object) {
    return 8L * (obj(object)[1] & 0xFFFF_FFFFL);
  }

  public long sizeOf(long object) {
    return 8L * obj(object).length;
  }

  private int slotIndex(long object, int index) {
    if (index < 0 || index >= taggedSlotCount(object)) {
      throw new IndexOutOfBoundsException("slot " + index);
    }
    return 2 + index;
  }

  public long getSlot(long object, int index) {
    return obj(object)[slotIndex(object, index)];
  }

  public void setSlot(long object, int index, long value) {
    if (ValueCodec.isReference(value)) {
      obj(ValueCodec.asReference(value));
    }
    obj(object)[slotIndex(object, index)] = value;
  }

  private int rawIndex(long object, long byteOffset) {
    if (byteOffset < 0 || (byteOffset & 7) != 0 || byteOffset >= rawByteCount(object)) {
      throw new IndexOutOfBoundsException("raw offset " + byteOffset);
    }
    return 2 + taggedSlotCount(object) + (int) (byteOffset / 8);
  }

  public long getRawLong(long object, long byteOffset) {
    return obj(object)[rawIndex(object, byteOffset)];
  }

  public void setRawLong(long object, long byteOffset, long value) {
    obj(object)[rawIndex(object, byteOffset)] = value;
  }

  public double getRawDouble(long object, long byteOffset) {
    return Double.longBitsToDouble(getRawLong(object, byteOffset));
  }

  public void setRawDouble(long object, long byteOffset, double value) {
    setRawLong(object, byteOffset, Double.doubleToRawLongBits(value));
  }

  public int getRawInt(long object, long byteOffset) {
    throw new UnsupportedOperationException("test double: only 8-byte raw access");
  }

  public void setRawInt(long object, long byteOffset, int value) {
    throw new UnsupportedOperationException("test double: only 8-byte raw access");
  }

  public void collectYoung() {
    scavenges++;
    moveAll(false);
  }

  public void collectFull() {
    moveAll(true);
  }

  private void moveAll(boolean full) {
    Map<Long, Long> forward = new HashMap<>();
    Map<Long, long[]> moved = new HashMap<>();
    List<Long> gray = new ArrayList<>();
    RootVisitor visitor =
        value -> {
          if (!ValueCodec.isReference(value)) {
            return value;
          }
          long old = ValueCodec.asReference(value);
          Long to = forward.get(old);
          if (to == null) {
            long[] o = obj(old);
            to = nextAddress;
            nextAddress += 8L * o.length;
            forward.put(old, to);
            moved.put(to, o);
            gray.add(to);
          }
          return ValueCodec.fromReference(to);
        };
    for (RootProvider p : List.copyOf(providers)) {
      p.visitRoots(visitor);
    }
    while (!gray.isEmpty()) {
      long[] o = moved.get(gray.remove(gray.size() - 1));
      int slots = (int) ((o[1] >>> 32) & 0xFF_FFFF);
      for (int i = 0; i < slots; i++) {
        o[2 + i] = visitor.visit(o[2 + i]);
      }
    }
    objects.clear();
    objects.putAll(moved);
    if (full) {
      BitSet live = new BitSet();
      for (long[] o : objects.values()) {
        int id = (int) o[0];
        if (id >= 0) {
          live.set(id);
        }
      }
      for (GcListener l : List.copyOf(listeners)) {
        l.liveClassIds(live);
      }
    }
  }

  public ValueStack newValueStack(int initialCapacity, int maxSize) {
    ValueStack s = new ValueStack(this, initialCapacity, maxSize);
    providers.add(s);
    return s;
  }

  public HandleScope openHandleScope() {
    return new HandleScope(handles);
  }

  public GlobalHandle newGlobalHandle(long value) {
    return globals.create(this, value);
  }

  public void addRootProvider(RootProvider provider) {
    providers.add(provider);
  }

  public void removeRootProvider(RootProvider provider) {
    providers.remove(provider);
  }

  public void addListener(GcListener listener) {
    listeners.add(listener);
  }

  /** Test-double only: number of live objects after the last collection plus new ones. */
  public int objectCount() {
    return objects.size();
  }

  public long scavengeCount() {
    return scavenges;
  }

  public boolean isYoung(long address) {
    return objects.containsKey(address);
  }

  public boolean isOld(long address) {
    return false;
  }

  public void verify() {
    for (long[] o : objects.values()) {
      int slots = (int) ((o[1] >>> 32) & 0xFF_FFFF);
      for (int i = 0; i < slots; i++) {
        if (ValueCodec.isReference(o[2 + i])) {
          obj(ValueCodec.asReference(o[2 + i]));
        }
      }
    }
  }

  public boolean isClosed() {
    return closed;
  }

  @Override
  public void close() {
    closed = true;
    objects.clear();
  }
}
