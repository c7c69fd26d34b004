package org.jsheap.gc;

/**
 * Heap configurations for gc's tests. All start from {@link HeapConfig#builder()}, so the surefire
 * {@code gc-stress} run applies its {@code jsheap.gc.stress} setting to every test heap.
 */
final class TestHeaps {
  private TestHeaps() {}

  static final long KIB = 1024;
  static final long MIB = 1024 * KIB;

  /** A small heap: 8 MiB with 256 KiB semispaces, promotion after two scavenges. */
  static HeapConfig.Builder small() {
    return HeapConfig.builder().maxHeapBytes(8 * MIB).semispaceBytes(256 * KIB).promotionAge(2);
  }

  /** Whether this JVM runs with forced stress collections (the gc-stress surefire run). */
  static boolean stressed() {
    return HeapConfig.defaults().stress().forcesCollections();
  }

  /** {@code normal}, or {@code stressed} when stress forces collections. */
  static int scaled(int normal, int stressed) {
    return stressed() ? stressed : normal;
  }
}
