package org.jsheap.runtime.stdlib;

import java.util.List;
import org.jsheap.runtime.builtins.BuiltinSet;
import org.jsheap.runtime.builtins.Installer;
import org.jsheap.shapes.Property;

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
          new UriBuiltins(),
          new StringBuiltins(),
          new StringRaw(),
          new RegExpBuiltins(),
          new JsonBuiltins(),
          new DateBuiltins());

  @Override
  public void install(Installer in) {
    for (BuiltinSet set : SETS) {
      set.install(in);
    }
    for (String name :
        new String[] {"Map", "Set", "WeakMap", "WeakSet", "Symbol", "Math", "JSON"}) {
      String holder = name.equals("Math") || name.equals("JSON") ? name : name + "Prototype";
      if (in.realm().intrinsic(holder) != org.jsheap.gc.ValueCodec.UNDEFINED) {
        in.value(
            holder,
            in.realm().symbolToStringTag(),
            in.context().constantString(name),
            Property.CONFIGURABLE);
      }
    }
  }
}
