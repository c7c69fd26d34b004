package org.jsheap.runtime.stdlib;

import org.jsheap.runtime.builtins.Args;
import org.jsheap.runtime.builtins.BuiltinSet;
import org.jsheap.runtime.builtins.Installer;
import org.jsheap.runtime.lib.UriCodec;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsValues;

/**
 * The global {@code encodeURI}, {@code encodeURIComponent}, {@code decodeURI}, {@code
 * decodeURIComponent}, {@code escape} and {@code unescape}; the algorithms are {@link UriCodec}.
 */
final class UriBuiltins implements BuiltinSet {
  @Override
  public void install(Installer in) {
    in.method("Global", "encodeURI", 1, a -> uri(a, 0));
    in.method("Global", "encodeURIComponent", 1, a -> uri(a, 1));
    in.method("Global", "decodeURI", 1, a -> uri(a, 2));
    in.method("Global", "decodeURIComponent", 1, a -> uri(a, 3));
    in.method("Global", "escape", 1, a -> uri(a, 4));
    in.method("Global", "unescape", 1, a -> uri(a, 5));
  }

  private static long uri(Args a, int op) {
    String s = JsValues.toJavaString(a.ctx(), a.arg(0));
    String r;
    try {
      r =
          switch (op) {
            case 0 -> UriCodec.encode(s, UriCodec.URI_UNESCAPED);
            case 1 -> UriCodec.encode(s, UriCodec.COMPONENT_UNESCAPED);
            case 2 -> UriCodec.decode(s, UriCodec.URI_RESERVED_SET);
            case 3 -> UriCodec.decode(s, "");
            case 4 -> UriCodec.escape(s);
            default -> UriCodec.unescape(s);
          };
    } catch (IllegalArgumentException e) {
      throw JsException.error("URIError", e.getMessage());
    }
    return a.ctx().strings().fromJava(r);
  }
}
