package org.jsheap.runtime.stdlib;

import java.util.List;
import org.jsheap.runtime.builtins.BuiltinSet;
import org.jsheap.runtime.builtins.Installer;

/**
 * The library builtins (docs/runtime.md, "Library builtins"), installed after the core sets: one
 * entry in {@code Builtins.SETS}, so the library and the language core merge without conflicts.
 */
public final class LibraryBuiltins implements BuiltinSet {
  static final List<BuiltinSet> SETS =
      List.of(
          new SymbolBuiltins(),
          new CollectionBuiltins(),
          new WeakCollectionBuiltins(),
          new MathBuiltins(),
          new NumberBuiltins(),
          new BooleanBuiltins(),
          new StringBuiltins(),
          new RegExpBuiltins(),
          new JsonBuiltins(),
          new DateBuiltins());

  @Override
  public void install(Installer in) {
    for (BuiltinSet set : SETS) {
      set.install(in);
    }
  }
}
