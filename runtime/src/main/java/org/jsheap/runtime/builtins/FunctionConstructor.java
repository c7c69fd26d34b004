package org.jsheap.runtime.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.source.Source;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.JSHeapLanguage;
import org.jsheap.runtime.nodes.function.ProgramRootNode;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsValues;
import org.jsheap.runtime.parser.JsParser;

/**
 * {@code Function(p1, ..., body)} and {@code new Function(...)}: the arguments (converted to
 * strings) become the source {@code (function anonymous(p1,p2\n) {\nbody\n})}, compiled and run as
 * global eval code, so the function sees only globals and is strict only if its body says so.
 * Malformed parameters or body throw the parser's SyntaxError.
 */
final class FunctionConstructor {
  private FunctionConstructor() {}

  static long construct(Args a) {
    JSHeapContext ctx = a.ctx();
    StringBuilder params = new StringBuilder();
    for (int i = 0; i < a.argc() - 1; i++) {
      if (i > 0) {
        params.append(',');
      }
      params.append(JsValues.toJavaString(ctx, a.arg(i)));
    }
    String body = a.argc() == 0 ? "" : JsValues.toJavaString(ctx, a.arg(a.argc() - 1));
    return compile(ctx, "(function anonymous(" + params + "\n) {\n" + body + "\n})");
  }

  @TruffleBoundary
  private static long compile(JSHeapContext ctx, String code) {
    Source source = Source.newBuilder(JSHeapLanguage.ID, code, "Function").build();
    JSHeapLanguage language = ctx.language();
    long f =
        (Long)
            new ProgramRootNode(language, JsParser.parse(language, source, true), true)
                .getCallTarget()
                .call();
    if (!JsValues.isCallable(ctx, f)) {
      throw JsException.error("SyntaxError", "invalid Function parameters or body");
    }
    return f;
  }
}
