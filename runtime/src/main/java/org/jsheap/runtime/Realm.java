package org.jsheap.runtime;

import java.util.HashMap;
import java.util.Map;
import org.jsheap.gc.GlobalHandle;
import org.jsheap.gc.ValueCodec;
import org.jsheap.runtime.builtins.Builtins;
import org.jsheap.runtime.objects.Errors;
import org.jsheap.shapes.ObjectModel;

/**
 * The global object and the intrinsics (prototypes and constructors), each held by a {@link
 * GlobalHandle} so the collector keeps and updates them. Builtins are installed by {@link
 * Builtins#install}.
 */
public final class Realm {
  private final JSHeapContext ctx;
  private final Map<String, GlobalHandle> intrinsics = new HashMap<>();
  private final GlobalHandle global;
  private final GlobalHandle objectPrototype;
  private final GlobalHandle functionPrototype;
  private final GlobalHandle arrayPrototype;
  private final Errors errors;
  private final GlobalHandle pendingNewTarget;
  private final org.jsheap.runtime.objects.GlobalLexicals lexicals =
      new org.jsheap.runtime.objects.GlobalLexicals();
  private final org.jsheap.shapes.SymbolKey symbolIterator =
      new org.jsheap.shapes.SymbolKey("Symbol.iterator");
  private final org.jsheap.shapes.SymbolKey symbolToStringTag =
      new org.jsheap.shapes.SymbolKey("Symbol.toStringTag");
  private final org.jsheap.shapes.SymbolKey symbolHasInstance =
      new org.jsheap.shapes.SymbolKey("Symbol.hasInstance");
  private final org.jsheap.shapes.SymbolKey symbolUnscopables =
      new org.jsheap.shapes.SymbolKey("Symbol.unscopables");
  private final org.jsheap.shapes.SymbolKey symbolSpecies =
      new org.jsheap.shapes.SymbolKey("Symbol.species");
  private final org.jsheap.shapes.SymbolKey symbolIsConcatSpreadable =
      new org.jsheap.shapes.SymbolKey("Symbol.isConcatSpreadable");

  Realm(JSHeapContext ctx) {
    this.ctx = ctx;
    ObjectModel m = ctx.model();
    var heap = ctx.heap();
    objectPrototype = heap.newGlobalHandle(m.newObject(ValueCodec.NULL));
    intrinsics.put("ObjectPrototype", objectPrototype);
    // a function (callable, returning undefined) once FunctionBuiltins gives it its data
    functionPrototype =
        heap.newGlobalHandle(
            m.newObject(objectPrototype.get(), org.jsheap.shapes.ObjectKind.FUNCTION, 2));
    intrinsics.put("FunctionPrototype", functionPrototype);
    arrayPrototype = heap.newGlobalHandle(m.newArray(objectPrototype.get(), 0));
    intrinsics.put("ArrayPrototype", arrayPrototype);
    global = heap.newGlobalHandle(m.newObject(objectPrototype.get()));
    errors = new Errors(ctx);
    pendingNewTarget = heap.newGlobalHandle(ValueCodec.UNDEFINED);
  }

  /** The new.target a {@code super(...)} call passes to the constructor it is about to enter. */
  public void setPendingNewTarget(long v) {
    pendingNewTarget.set(v);
  }

  public long pendingNewTarget() {
    return pendingNewTarget.get();
  }

  /** Installs the builtins (once the context can hand out this realm). */
  void installBuiltins() {
    Builtins.install(ctx, this);
  }

  public long global() {
    return global.get();
  }

  public long objectPrototype() {
    return objectPrototype.get();
  }

  public long functionPrototype() {
    return functionPrototype.get();
  }

  public long arrayPrototype() {
    return arrayPrototype.get();
  }

  /** The well-known symbol {@code Symbol.iterator} (as a property key). */
  public org.jsheap.shapes.SymbolKey symbolIterator() {
    return symbolIterator;
  }

  /** The well-known symbol {@code Symbol.toStringTag} (as a property key). */
  public org.jsheap.shapes.SymbolKey symbolToStringTag() {
    return symbolToStringTag;
  }

  /** The global declarative record (top-level let/const/class of every script). */
  public org.jsheap.runtime.objects.GlobalLexicals lexicals() {
    return lexicals;
  }

  /** The well-known symbol {@code Symbol.hasInstance} (as a property key). */
  public org.jsheap.shapes.SymbolKey symbolHasInstance() {
    return symbolHasInstance;
  }

  /** The well-known symbol {@code Symbol.unscopables} (as a property key). */
  public org.jsheap.shapes.SymbolKey symbolUnscopables() {
    return symbolUnscopables;
  }

  /** The well-known symbol {@code Symbol.species} (as a property key). */
  public org.jsheap.shapes.SymbolKey symbolSpecies() {
    return symbolSpecies;
  }

  /** The well-known symbol {@code Symbol.isConcatSpreadable} (as a property key). */
  public org.jsheap.shapes.SymbolKey symbolIsConcatSpreadable() {
    return symbolIsConcatSpreadable;
  }

  public Errors errors() {
    return errors;
  }

  /** The intrinsic named {@code name} (e.g. {@code "StringPrototype"}), or undefined. */
  public long intrinsic(String name) {
    GlobalHandle h = intrinsics.get(name);
    return h == null ? ValueCodec.UNDEFINED : h.get();
  }

  /** Registers (or replaces) an intrinsic; the value is rooted for the realm's lifetime. */
  public void setIntrinsic(String name, long value) {
    GlobalHandle h = intrinsics.get(name);
    if (h == null) {
      intrinsics.put(name, ctx.heap().newGlobalHandle(value));
    } else {
      h.set(value);
    }
  }
}
