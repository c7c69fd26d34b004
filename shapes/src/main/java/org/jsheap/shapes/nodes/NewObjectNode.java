package org.jsheap.shapes.nodes;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Introspectable;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import org.jsheap.gc.Heap;
import org.jsheap.gc.ValueCodec;
import org.jsheap.shapes.AllocationSite;
import org.jsheap.shapes.ObjectKind;
import org.jsheap.shapes.ObjectModel;
import org.jsheap.shapes.Shape;

/**
 * {@code new Object()} / an object literal at one allocation site: a new ordinary object with a
 * given prototype (an object or null). Once the site's slack tracking is complete its in-object
 * capacity never changes, so the root shape is cached per prototype: the compiled fast path is the
 * class table's epoch compare and the heap's young bump allocation ({@link Heap#tryAllocateYoung});
 * anything the bump cannot do (a full semispace, a marking step, stress mode) goes out of line to
 * {@link ObjectModel#newObjectWithRoot}, which may collect.
 *
 * <p>Specializations: {@code doTracking} while the site tracks slack (the first {@link
 * AllocationSite#TRACKING_ALLOCATIONS} objects; it holds the site's tracking assumption, so it is
 * dropped when tracking finishes); {@code doNullPrototype}; {@code doPrototype}, cached on the
 * prototype's class id (a prototype lives in dictionary mode with a shape of its own, held by the
 * cache so its id is not reused, so the id identifies the prototype object even after it moves);
 * {@code doUncachedPrototype} (a prototype's first use); {@code doGeneric}. The returned reference
 * is not rooted: the caller roots it before its next allocation.
 */
@Introspectable
public abstract class NewObjectNode extends Node {
  /** Prototypes cached per site. */
  public static final int CACHE_LIMIT = PropertyAccessNode.CACHE_LIMIT;

  protected static final long NULL = ValueCodec.NULL;

  protected final ObjectModel model;
  protected final AllocationSite site;

  protected NewObjectNode(ObjectModel model, AllocationSite site) {
    this.model = model;
    this.site = site;
  }

  /** An allocation node for {@code site} (null: objects get the default in-object capacity). */
  public static NewObjectNode create(ObjectModel model, AllocationSite site) {
    return NewObjectNodeGen.create(model, site);
  }

  /** A new object with prototype {@code proto} (a reference or {@link ValueCodec#NULL}). */
  public abstract long execute(long proto);

  @Specialization(assumptions = "trackingAssumption()")
  protected long doTracking(long proto) {
    return newObjectSlow(proto);
  }

  @Specialization(guards = "proto == NULL")
  protected long doNullPrototype(
      long proto,
      @Cached(value = "settledRoot(proto)", neverDefault = true) Shape root,
      @Cached(value = "slotCount(root)", neverDefault = true) int slots) {
    return allocate(root, slots);
  }

  @Specialization(
      guards = {"isReference(proto)", "classId(proto) == protoShape.id()", "root != null"},
      limit = "CACHE_LIMIT")
  protected long doPrototype(
      long proto,
      @Cached("prototypeShape(proto)") Shape protoShape,
      @Cached("settledRoot(proto)") Shape root,
      @Cached("slotCount(root)") int slots) {
    return allocate(root, slots);
  }

  /**
   * A prototype not yet in prototype mode, so its root cannot be cached (switching it allocates,
   * which a cache initializer must not do: it would move the argument under the guards). The model
   * switches it; its next allocation here caches its root in {@code doPrototype}.
   */
  @Specialization(guards = "notYetPrototype(proto)")
  protected long doUncachedPrototype(long proto) {
    return newObjectSlow(proto);
  }

  @Specialization(replaces = {"doNullPrototype", "doPrototype", "doUncachedPrototype"})
  protected long doGeneric(long proto) {
    return newObjectSlow(proto);
  }

  /** The model's allocation (handle scope, root lookup, slack tracking); may collect. */
  @TruffleBoundary
  private long newObjectSlow(long proto) {
    return site == null ? model.newObject(proto) : model.newObject(site, proto);
  }

  // ---- cache helpers

  protected final Assumption trackingAssumption() {
    return site == null || site.isTrackingComplete()
        ? Assumption.NEVER_VALID
        : site.trackingAssumption();
  }

  protected final Shape settledRoot(long proto) {
    return model.settledRoot(site, proto);
  }

  protected final Shape prototypeShape(long proto) {
    return model.shapeOf(proto);
  }

  protected final boolean notYetPrototype(long proto) {
    return ValueCodec.isReference(proto)
        && model.isObject(proto)
        && !model.shapeOf(proto).isDictionary();
  }

  protected static boolean isReference(long value) {
    return ValueCodec.isReference(value);
  }

  protected final int classId(long ref) {
    return model.heap().classId(ValueCodec.asReference(ref));
  }

  protected static int slotCount(Shape root) {
    return root == null ? 0 : ObjectKind.ORDINARY.reservedSlots() + root.inObjectCapacity();
  }

  /** Pins the root's id (a compare once per epoch), then bump-allocates or calls out of line. */
  protected final long allocate(Shape root, int slots) {
    model.classTable().touch(root);
    long a = model.heap().tryAllocateYoung(root.id(), ObjectKind.ORDINARY.heapKind(), slots);
    if (a == 0) {
      return newObjectWithRootSlow(root);
    }
    return ValueCodec.fromReference(a);
  }

  /** The bump failed: the model's allocation, which may collect, out of compiled code. */
  @TruffleBoundary
  private long newObjectWithRootSlow(Shape root) {
    return model.newObjectWithRoot(root);
  }
}
