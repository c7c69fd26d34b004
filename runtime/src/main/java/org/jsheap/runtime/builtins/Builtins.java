package org.jsheap.runtime.builtins;

import java.util.List;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.Realm;

/**
 * The registry: every {@link BuiltinSet}, installed in order on a new realm. To add builtins, write
 * a {@code BuiltinSet} with {@link BuiltinNode} classes and append it to {@link #SETS}
 * (docs/runtime.md, "Builtins").
 */
public final class Builtins {
  private Builtins() {}

  /** Installed in this order; later sets may use intrinsics that earlier ones registered. */
  static final List<BuiltinSet> SETS =
      List.of(
          new ObjectBuiltins(),
          new FunctionBuiltins(),
          new ErrorBuiltins(),
          new ArrayBuiltins(),
          new SymbolBasics(),
          new GlobalBuiltins(),
          new ReflectBuiltins(),
          new org.jsheap.runtime.stdlib.LibraryBuiltins());

  /** Whether {@code d} is the realm's {@code eval} (%eval%), which a direct eval call runs. */
  public static boolean isEval(org.jsheap.runtime.objects.FunctionData d) {
    return d.is(org.jsheap.runtime.objects.FunctionData.BUILTIN)
        && d.callTarget() != null
        && d.callTarget().getRootNode() instanceof BuiltinRootNode r
        && r.body() instanceof GlobalBuiltins.Eval;
  }

  public static void install(JSHeapContext ctx, Realm realm) {
    Installer in = new Installer(ctx, realm);
    for (BuiltinSet set : SETS) {
      set.install(in);
    }
  }
}
