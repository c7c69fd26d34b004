package org.jsheap.runtime.builtins;

import static org.jsheap.gc.ValueCodec.*;

import org.jsheap.runtime.objects.JsValues;
import org.jsheap.shapes.SymbolKey;

/**
 * The minimum of {@code Symbol} the core language needs: {@code Symbol(description)} and the
 * well-known {@code Symbol.iterator} (intrinsic {@code SymbolIterator}, the realm's {@link
 * org.jsheap.runtime.Realm#symbolIterator} key). A fuller {@code Symbol} set installed later may
 * replace the constructor; it must keep intrinsic {@code SymbolIterator}.
 */
final class SymbolBasics implements BuiltinSet {
  @Override
  public void install(Installer in) {
    var ctx = in.context();
    in.realm().setIntrinsic("SymbolIterator", ctx.strings().symbol(in.realm().symbolIterator()));
    in.constructor("Symbol", 0, SymbolBasics::create);
    in.value("Symbol", "iterator", in.realm().intrinsic("SymbolIterator"), 0);
  }

  private static long create(Args a) {
    long d = a.arg(0);
    String description = d == UNDEFINED ? null : JsValues.toJavaString(a.ctx(), d);
    return a.ctx().strings().symbol(new SymbolKey(description));
  }
}
