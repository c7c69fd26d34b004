package org.jsheap.bench.gc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.charset.StandardCharsets;

/**
 * The peer of {@link ScavengeCopyRateBenchmark}, run in a JVM of its own with one young-collection
 * thread (Serial) and {@code -Xlog:gc,gc+heap=info:stdout}: for each {@code gc} line on standard
 * input it grows a linked list of 48-byte objects (all reachable, so a young collection copies
 * every young object) until exactly one more young collection has happened, then prints {@link
 * #DONE}. HotSpot's own log lines for that collection (bytes per space, pause time) precede it on
 * standard output; the benchmark parses them ({@link HotSpotGcLog}).
 *
 * <p>When the old generation is half full, the list is dropped and a full collection empties it
 * before the next request, so every young collection measured copies a young generation of live
 * objects into survivor space and the old generation, as the reference measurement did.
 */
public final class HotSpotYoungPeer {
  /** The line printed after each requested young collection. */
  public static final String DONE = "done";

  /** 12-byte header with compressed class pointers, 4 bytes of padding, 4 x 8 bytes: 48 bytes. */
  static final class Node {
    final Node next;
    long a;
    long b;
    long c;

    Node(Node next) {
      this.next = next;
    }
  }

  private HotSpotYoungPeer() {}

  public static void main(String[] args) throws IOException {
    GarbageCollectorMXBean young = youngCollector();
    MemoryPoolMXBean tenured = pool("Tenured Gen");
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
    Node head = null;
    long sum = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (!line.equals("gc")) {
        throw new IllegalArgumentException("unknown request: " + line);
      }
      long max = tenured.getUsage().getMax();
      if (tenured.getUsage().getUsed() > max / 2) {
        sum += length(head);
        head = null;
        System.gc(); // full: not a "Pause Young", so the benchmark does not count it
      }
      long before = young.getCollectionCount();
      while (young.getCollectionCount() == before) {
        for (int i = 0; i < 1024; i++) {
          head = new Node(head);
        }
      }
      System.out.println(DONE);
      System.out.flush();
    }
    System.err.println("list nodes dropped: " + sum);
  }

  private static long length(Node head) {
    long n = 0;
    for (Node p = head; p != null; p = p.next) {
      n++;
    }
    return n;
  }

  private static GarbageCollectorMXBean youngCollector() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc.getName().equals("Copy")) {
        return gc;
      }
    }
    throw new IllegalStateException("not the Serial collector (no \"Copy\" collector)");
  }

  private static MemoryPoolMXBean pool(String name) {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getName().equals(name)) {
        return pool;
      }
    }
    throw new IllegalStateException("no memory pool " + name);
  }
}
