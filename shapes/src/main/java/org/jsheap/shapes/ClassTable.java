package org.jsheap.shapes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jsheap.gc.ClassEdges;
import org.jsheap.gc.CollectionKind;
import org.jsheap.gc.GcListener;
import org.jsheap.gc.GcStatistics;
import org.jsheap.gc.Heap;
import org.jsheap.gc.RootVisitor;
import org.jsheap.gc.ValueCodec;

/**
 * Maps 32-bit hidden-class ids to shapes and back, and reclaims both.
 *
 * <p>Pinning protocol. A shape is <em>pinned</em> (held strongly by its id) from the moment an
 * object may carry its id. After each full marking the collector reports the ids live objects carry
 * ({@link #liveClassIds}); a pinned shape whose id is neither reported nor used since the previous
 * report is unpinned. An unpinned shape is held only by Java (caches, child shapes); when Java
 * drops it, its weak reference is enqueued and the id returns to the free list on the next {@link
 * #drainReferenceQueue()} (on the mutator thread, never inside a collection).
 *
 * <p>Invariant: every id a live heap object carries maps to a pinned shape, because an object gets
 * an id only through {@link #touch}, which pins, and unpinning skips ids used since the last
 * marking. So an id is reused only when no live object and no Java holder can observe it.
 *
 * <p>Prototype edges. The table is the heap's {@link ClassEdges} for shapes: the prototype of a
 * shape is traced from each object that carries the shape (it is not a root), updated in scavenges
 * through the {@link PrototypeHolder}s the table tracks, and cleared when it dies.
 */
public final class ClassTable implements GcListener, ClassEdges {
  /** Class id of out-of-object property arrays. */
  public static final int PROPERTY_ARRAY_CLASS = 1;

  /** Class id of tagged elements stores. */
  public static final int ELEMENTS_CLASS = 2;

  /** Class id of dictionary hash tables (properties or elements). */
  public static final int DICTIONARY_CLASS = 3;

  /** Class id of accessor pairs (getter, setter). */
  public static final int ACCESSOR_PAIR_CLASS = 4;

  /**
   * Class id of the runtime's internal collection stores (the hash tables, cursors and weak-table
   * holders of {@code Map}, {@code Set}, {@code WeakMap}, {@code WeakSet}); their kind byte says
   * which (see {@link HeapKind}).
   */
  public static final int COLLECTION_STORE_CLASS = 12;

  /**
   * Most references {@link #afterCollection} takes off the queue per collection, so a burst of dead
   * shapes costs a bounded pause; the rest waits for the next collections.
   */
  static final int DRAIN_PER_COLLECTION = 65_536;

  /** The first id given to a shape. */
  public static final int FIRST_SHAPE_ID = 16;

  /** A weak reference to a shape remembering its id and, for tree shapes, its parent edge. */
  static final class ShapeRef extends WeakReference<Shape> {
    final int id;
    final Shape parent;
    final Shape.Transition transition;

    ShapeRef(Shape shape, int id, Shape parent, Shape.Transition t, ReferenceQueue<Object> q) {
      super(shape, q);
      this.id = id;
      this.parent = parent;
      this.transition = t;
    }
  }

  /** A weak reference to a prototype holder, dropped from the table once enqueued. */
  private static final class HolderRef extends WeakReference<PrototypeHolder> {
    HolderRef(PrototypeHolder holder, ReferenceQueue<Object> q) {
      super(holder, q);
    }
  }

  private final Heap heap;
  private final ReferenceQueue<Object> queue = new ReferenceQueue<>();
  private Shape[] pinned = new Shape[256];
  private ShapeRef[] refs = new ShapeRef[256];
  private int[] freeIds = new int[64];
  private int freeCount;
  private int nextId = FIRST_SHAPE_ID;
  private int shapeCount;
  private int pinnedCount;
  private int epoch;
  private final BitSet usedSinceMark = new BitSet();
  private final Set<HolderRef> holders = new HashSet<>();
  private final Map<Long, Shape> nullRoots = new HashMap<>();

  public ClassTable(Heap heap) {
    this.heap = heap;
    heap.addListener(this);
    heap.addClassEdges(this);
  }

  Heap heap() {
    return heap;
  }

  // ---- ids

  int register(Shape shape) {
    int id;
    if (freeCount > 0) {
      id = freeIds[--freeCount];
    } else {
      id = nextId++;
      if (id < 0) {
        throw new ObjectModelException(
            ObjectModelException.Kind.CLASS_IDS_EXHAUSTED, "class ids exhausted");
      }
      if (id >= refs.length) {
        refs = Arrays.copyOf(refs, refs.length * 2);
        pinned = Arrays.copyOf(pinned, pinned.length * 2);
      }
    }
    shapeCount++;
    return id;
  }

  ShapeRef newShapeRef(Shape child, Shape parent, Shape.Transition t) {
    ShapeRef ref = new ShapeRef(child, child.id(), parent, t, queue);
    refs[child.id()] = ref;
    return ref;
  }

  private void ensureRef(Shape shape) {
    if (refs[shape.id()] == null || refs[shape.id()].get() != shape) {
      refs[shape.id()] = new ShapeRef(shape, shape.id(), null, null, queue);
    }
  }

  /** The shape with class id {@code id}, or null if none. */
  public Shape shape(int id) {
    if (id < FIRST_SHAPE_ID || id >= refs.length) {
      return null;
    }
    Shape s = pinned[id];
    if (s != null) {
      return s;
    }
    ShapeRef r = refs[id];
    return r == null ? null : r.get();
  }

  /**
   * Records that an object is about to carry {@code shape}'s id: pins it. Cheap when the shape was
   * already used in this marking epoch.
   */
  public void touch(Shape shape) {
    if (shape.usedEpoch != epoch) {
      touchSlow(shape);
    }
  }

  /** Once per shape and marking epoch: out of line, so compiled code keeps only the compare. */
  @TruffleBoundary
  private void touchSlow(Shape shape) {
    shape.usedEpoch = epoch;
    usedSinceMark.set(shape.id());
    if (!shape.pinned) {
      ensureRef(shape);
      shape.pinned = true;
      pinned[shape.id()] = shape;
      pinnedCount++;
    }
  }

  /** Number of shapes with an id (pinned or still held by Java). */
  public int shapeCount() {
    return shapeCount;
  }

  /** Number of shapes pinned by heap objects. */
  public int pinnedCount() {
    return pinnedCount;
  }

  /** Highest id ever handed out plus one: bounds the table's arrays. */
  public int idHighWater() {
    return nextId;
  }

  // ---- reclamation

  @Override
  public void liveClassIds(BitSet classIds) {
    for (int id = FIRST_SHAPE_ID; id < nextId; id++) {
      Shape s = pinned[id];
      if (s != null && !classIds.get(id) && !usedSinceMark.get(id)) {
        s.pinned = false;
        pinned[id] = null;
        pinnedCount--;
      }
    }
    usedSinceMark.clear();
    epoch++;
  }

  /**
   * Frees the ids of shapes Java has dropped, unlinks their transition edges and forgets prototype
   * holders no shape uses. Call on the mutator thread outside collections; the object model calls
   * it when it creates shapes.
   */
  public void drainReferenceQueue() {
    drainReferenceQueue(Integer.MAX_VALUE);
  }

  /**
   * After every collection: frees what Java has dropped since, at most {@link
   * #DRAIN_PER_COLLECTION} references. Shapes unpinned by a marking die in a later Java GC, so
   * their ids return over the following collections without the VM's help. Touches no heap object,
   * so it is safe inside the collection's listener callback.
   */
  @Override
  public void afterCollection(CollectionKind kind, GcStatistics statistics) {
    drainReferenceQueue(DRAIN_PER_COLLECTION);
  }

  private void drainReferenceQueue(int limit) {
    Reference<?> r;
    for (int n = 0; n < limit && (r = queue.poll()) != null; n++) {
      if (r instanceof ShapeRef ref) {
        if (ref.parent != null) {
          ref.parent.forgetTransition(ref.transition, ref);
        }
        if (refs[ref.id] == ref) {
          refs[ref.id] = null;
          assert pinned[ref.id] == null;
          releaseId(ref.id);
        }
      } else if (r instanceof HolderRef h) {
        holders.remove(h);
      }
    }
  }

  private void releaseId(int id) {
    if (freeCount == freeIds.length) {
      freeIds = Arrays.copyOf(freeIds, freeCount * 2);
    }
    freeIds[freeCount++] = id;
    shapeCount--;
  }

  // ---- roots of shape trees

  PrototypeHolder newHolder(long prototype) {
    PrototypeHolder h = new PrototypeHolder(prototype);
    holders.add(new HolderRef(h, queue));
    return h;
  }

  /** The root shape for objects with a null prototype. */
  Shape nullRoot(ObjectKind kind, int capacity) {
    long key = rootKey(kind, capacity);
    Shape s = nullRoots.get(key);
    if (s == null) {
      s = Shape.newRoot(this, kind, capacity, PrototypeHolder.NULL, initialElements(kind));
      ensureRef(s);
      nullRoots.put(key, s);
    }
    return s;
  }

  /** The root shape for objects inheriting from the prototype whose own shape is {@code proto}. */
  Shape prototypeRoot(Shape protoShape, long protoRef, ObjectKind kind, int capacity) {
    PrototypeInfo info = protoShape.prototypeInfo;
    if (info == null) {
      info = new PrototypeInfo();
      protoShape.prototypeInfo = info;
    }
    long key = rootKey(kind, capacity);
    WeakReference<Shape> w = info.roots.get(key);
    Shape s = w == null ? null : w.get();
    if (s == null) {
      drainReferenceQueue();
      PrototypeHolder h = holderFor(info, protoRef);
      s = Shape.newRoot(this, kind, capacity, h, initialElements(kind));
      ensureRef(s);
      info.roots.values().removeIf(x -> x.get() == null);
      info.roots.put(key, new WeakReference<>(s));
    }
    return s;
  }

  PrototypeHolder holderFor(PrototypeInfo info, long protoRef) {
    PrototypeHolder h = info.holder.get();
    if (h == null) {
      h = newHolder(protoRef);
      info.holder = new WeakReference<>(h);
    }
    return h;
  }

  private static ElementsKind initialElements(ObjectKind kind) {
    return kind == ObjectKind.ARRAY ? ElementsKind.PACKED_INT : ElementsKind.HOLEY_INT;
  }

  private static long rootKey(ObjectKind kind, int capacity) {
    return ((long) kind.ordinal() << 32) | capacity;
  }

  // ---- prototype edges (ClassEdges)

  /** The prototype of the shape with id {@code classId}: traced from objects carrying the id. */
  @Override
  public void visitClassEdges(int classId, RootVisitor visitor) {
    Shape s = shape(classId);
    if (s != null) {
      long proto = s.prototype();
      if (ValueCodec.isReference(proto)) {
        visitor.visit(proto);
      }
    }
  }

  /** Every tracked holder's prototype, updated (scavenges) or cleared (dead after marking). */
  @Override
  public void updateClassEdges(RootVisitor visitor) {
    for (HolderRef r : holders) {
      PrototypeHolder h = r.get();
      if (h != null) {
        h.updateEdge(visitor);
      }
    }
  }

  /** Number of prototype holders the table tracks. */
  public int holderCount() {
    return holders.size();
  }
}
