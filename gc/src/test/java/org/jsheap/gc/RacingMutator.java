package org.jsheap.gc;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A random mutator program that races a concurrent marker: a tree of old objects (one referrer per
 * object, so a lost store loses an object) whose subtrees it keeps moving between holders while a
 * marker thread traces them, plus young objects pointing into the tree, tenured allocations (black)
 * and root rewrites. It ends each cycle by polling or by {@link Heap#finishMarking} (a final pause
 * racing a marker still draining). The heap must run with verification on: then every cycle's end
 * runs the marking validator (a stop-the-world trace that must find nothing unmarked) and the heap
 * verifier, which throw {@link HeapVerificationError}.
 *
 * <p>Old objects are tracked on the Java side and re-collected from the roots whenever a cycle
 * ends, because sweeping may then free the ones the program disconnected.
 */
final class RacingMutator {
  static final int CLASS = 21;
  static final int SLOTS = 4;
  private static final int ROOTS = 8;

  private final Heap heap;
  private final SplittableRandom random;
  private final ValueStack roots;
  private long[] old = new long[1024];
  private int oldCount;
  private long cyclesSeen;
  long cyclesEnded;
  long operations;

  RacingMutator(Heap heap, long seed) {
    this.heap = heap;
    this.random = new SplittableRandom(seed);
    this.roots = heap.newValueStack(ROOTS, 1024);
    for (int i = 0; i < ROOTS; i++) {
      roots.push(ValueCodec.UNDEFINED);
    }
  }

  /** Grows the tree to about {@code nodes} old objects. */
  void build(int nodes) {
    for (int i = 0; i < ROOTS; i++) {
      long node = tenured();
      if (node == 0) {
        i--;
        continue;
      }
      roots.set(i, ValueCodec.fromReference(node));
      add(node);
    }
    while (oldCount < nodes) {
      long node = tenured();
      if (node == 0) {
        continue;
      }
      long parent = old[random.nextInt(oldCount)];
      int slot = random.nextInt(SLOTS);
      if (heap.getSlot(parent, slot) == ValueCodec.UNDEFINED) {
        heap.setSlot(parent, slot, ValueCodec.fromReference(node));
        add(node);
      }
    }
  }

  /**
   * Runs one marking cycle to its end (or at most {@code maxOps} mutations, then finishes it),
   * mutating the tree meanwhile.
   */
  void runCycle(int maxOps, double finishEarly) {
    if (!heap.isMarking()) {
      heap.startIncrementalMarking();
    }
    for (int op = 0; heap.isMarking(); op++) {
      mutate();
      if (!heap.isMarking()) {
        break;
      }
      if (op >= maxOps || random.nextDouble() < finishEarly) {
        heap.finishMarking();
      } else if ((op & 63) == 63) {
        heap.incrementalMarkingStep(0);
      }
    }
    collectOldFromRoots();
  }

  /** A fresh tenured node, or 0 when the allocation ended a cycle (the Java list is refreshed). */
  private long tenured() {
    long node = heap.allocateTenured(CLASS, 0, SLOTS, 8);
    if (cycleEnded()) {
      return 0;
    }
    return node;
  }

  private boolean cycleEnded() {
    GcStatistics s = heap.statistics();
    long cycles = s.fullCollections(); // incremental and concurrent cycles included
    if (cycles != cyclesSeen) {
      collectOldFromRoots();
      return true;
    }
    return false;
  }

  private void mutate() {
    operations++;
    int kind = random.nextInt(100);
    if (kind < 40) {
      swap();
    } else if (kind < 60) {
      move();
    } else if (kind < 72) {
      youngReferrer();
    } else if (kind < 77) {
      long node = tenured();
      if (node != 0) {
        store(node);
        add(node);
      }
    } else if (kind < 82) {
      roots.set(random.nextInt(ROOTS), ValueCodec.fromReference(pick()));
    } else {
      heap.setSlot(pick(), random.nextInt(SLOTS), ValueCodec.fromInt(random.nextInt(1000)));
    }
  }

  /** Exchanges two slots: each subtree moves to the other holder (the barrier's case). */
  private void swap() {
    long a = pick();
    long b = pick();
    int i = random.nextInt(SLOTS);
    int j = random.nextInt(SLOTS);
    long va = heap.getSlot(a, i);
    long vb = heap.getSlot(b, j);
    heap.setSlot(b, j, va);
    heap.setSlot(a, i, vb);
  }

  /** Moves a subtree's only reference to another holder, dropping what that slot held. */
  private void move() {
    long a = pick();
    long b = pick();
    int i = random.nextInt(SLOTS);
    long v = heap.getSlot(a, i);
    if (v == ValueCodec.fromReference(b)) {
      return; // would orphan a subtree into itself
    }
    heap.setSlot(b, random.nextInt(SLOTS), v);
    heap.setSlot(a, i, ValueCodec.UNDEFINED);
  }

  /** A young object takes over a subtree, and is itself stored into an old holder. */
  private void youngReferrer() {
    long young = heap.allocate(CLASS, 0, SLOTS, 0);
    if (cycleEnded()) {
      return;
    }
    long a = pick();
    int i = random.nextInt(SLOTS);
    heap.setSlot(young, 0, heap.getSlot(a, i));
    heap.setSlot(a, i, ValueCodec.UNDEFINED);
    store(young);
  }

  private void store(long object) {
    heap.setSlot(pick(), random.nextInt(SLOTS), ValueCodec.fromReference(object));
  }

  private long pick() {
    return old[random.nextInt(oldCount)];
  }

  private void add(long node) {
    if (oldCount == old.length) {
      old = java.util.Arrays.copyOf(old, 2 * oldCount);
    }
    old[oldCount++] = node;
  }

  /** The old objects reachable from the roots (through young ones too): the only safe picks. */
  private void collectOldFromRoots() {
    GcStatistics s = heap.statistics();
    long cycles = s.fullCollections(); // incremental and concurrent cycles included
    cyclesEnded += cycles - cyclesSeen;
    cyclesSeen = cycles;
    oldCount = 0;
    Set<Long> seen = new HashSet<>();
    ArrayDeque<Long> work = new ArrayDeque<>();
    for (int i = 0; i < ROOTS; i++) {
      long v = roots.get(i);
      if (ValueCodec.isReference(v) && seen.add(ValueCodec.asReference(v))) {
        work.push(ValueCodec.asReference(v));
      }
    }
    while (!work.isEmpty()) {
      long object = work.pop();
      if (heap.isOld(object)) {
        add(object);
      }
      for (int i = 0; i < heap.taggedSlotCount(object); i++) {
        long v = heap.getSlot(object, i);
        if (ValueCodec.isReference(v) && seen.add(ValueCodec.asReference(v))) {
          work.push(ValueCodec.asReference(v));
        }
      }
    }
    if (oldCount == 0) {
      long node = heap.allocateTenured(CLASS, 0, SLOTS, 8);
      roots.set(0, ValueCodec.fromReference(node));
      collectOldFromRoots();
    }
  }
}
