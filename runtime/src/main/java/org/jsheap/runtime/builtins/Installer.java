package org.jsheap.runtime.builtins;

import static org.jsheap.gc.ValueCodec.*;

import java.util.function.Supplier;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.Realm;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.FunctionData;
import org.jsheap.runtime.objects.JsFunctions;
import org.jsheap.shapes.ObjectModel;
import org.jsheap.shapes.Property;

/**
 * What a {@link BuiltinSet} uses to install itself: creates builtin functions and puts them on
 * intrinsics (named objects of the {@link Realm}, e.g. {@code "ObjectPrototype"}) and on the global
 * object. Every method roots what it creates; none returns an unrooted reference except {@link
 * #function}, whose result the caller stores at once.
 */
public final class Installer {
  /**
   * Attributes of builtin methods and constructor links: writable, configurable, not enumerable.
   */
  public static final int METHOD = Property.WRITABLE | Property.CONFIGURABLE;

  private final JSHeapContext ctx;
  private final Realm realm;

  Installer(JSHeapContext ctx, Realm realm) {
    this.ctx = ctx;
    this.realm = realm;
  }

  public JSHeapContext context() {
    return ctx;
  }

  public Realm realm() {
    return realm;
  }

  /** A new builtin function value ({@code flags}: {@link FunctionData} flags). May collect. */
  public long function(String name, int length, Supplier<? extends BuiltinNode> body, int flags) {
    BuiltinRootNode root = new BuiltinRootNode(ctx.language(), name, body.get());
    FunctionData data =
        new FunctionData(name, length, flags | FunctionData.BUILTIN, root.getCallTarget());
    return JsFunctions.create(ctx, data, -1, -1);
  }

  /** Defines builtin method {@code name} on intrinsic {@code holder}. */
  public void method(String holder, String name, int length, Supplier<? extends BuiltinNode> body) {
    method(holder, name, name, length, body);
  }

  /** Defines builtin method {@code name} on intrinsic {@code holder}, written as a lambda. */
  public void method(String holder, String name, int length, Body body) {
    method(holder, name, name, length, () -> new LambdaBuiltin(body));
  }

  /** A builtin function value for a lambda. May collect. */
  public long function(String name, int length, Body body, int flags) {
    return function(name, length, () -> new LambdaBuiltin(body), flags);
  }

  /** A constructor written as a lambda (see {@link #constructor(String, int, Supplier)}). */
  public void constructor(String name, int length, Body body) {
    constructor(name, length, () -> new LambdaBuiltin(body));
  }

  /** Defines a builtin method under {@code key} (a String or a SymbolKey) on {@code holder}. */
  public void method(
      String holder, Object key, String name, int length, Supplier<? extends BuiltinNode> body) {
    Activation act = ctx.activation();
    int w = act.enter(1);
    try {
      act.set(w, function(name, length, body, 0));
      ctx.model().define(realm.intrinsic(holder), key, act.get(w), METHOD);
    } finally {
      act.exit(w);
    }
  }

  /** Defines a getter {@code name} on {@code holder}. */
  public void getter(String holder, Object key, Supplier<? extends BuiltinNode> body) {
    Activation act = ctx.activation();
    int w = act.enter(1);
    try {
      act.set(w, function("get " + key, 0, body, 0));
      ctx.model()
          .defineAccessor(
              realm.intrinsic(holder), key, act.get(w), UNDEFINED, Property.CONFIGURABLE);
    } finally {
      act.exit(w);
    }
  }

  /**
   * Creates a new ordinary object as intrinsic {@code name} with intrinsic {@code parent} (null: no
   * prototype) as its prototype, unless the intrinsic exists.
   */
  public void prototype(String name, String parent) {
    if (realm.intrinsic(name) != UNDEFINED) {
      return;
    }
    long proto = parent == null ? NULL : realm.intrinsic(parent);
    realm.setIntrinsic(name, ctx.model().newObject(proto));
  }

  /**
   * Creates constructor {@code name} (registered as intrinsic {@code name} and a global), linked
   * both ways with intrinsic {@code name + "Prototype"} (created under ObjectPrototype if absent).
   */
  public void constructor(String name, int length, Supplier<? extends BuiltinNode> body) {
    prototype(name + "Prototype", "ObjectPrototype");
    ObjectModel m = ctx.model();
    realm.setIntrinsic(name, function(name, length, body, FunctionData.CONSTRUCTOR));
    m.define(realm.intrinsic(name), "prototype", realm.intrinsic(name + "Prototype"), 0);
    m.define(realm.intrinsic(name + "Prototype"), "constructor", realm.intrinsic(name), METHOD);
    global(name, realm.intrinsic(name));
  }

  /** Defines a global property (non-enumerable, as builtins are). */
  public void global(String name, long value) {
    ctx.model().define(realm.global(), name, value, METHOD);
  }

  /** Defines a data property on intrinsic {@code holder}. */
  public void value(String holder, Object key, long value, int flags) {
    ctx.model().define(realm.intrinsic(holder), key, value, flags);
  }
}
