package org.jsheap.runtime.builtins;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.Source;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsheap.gc.GcStatistics;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.JSHeapLanguage;
import org.jsheap.runtime.nodes.function.ProgramRootNode;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsValues;
import org.jsheap.runtime.parser.JsParser;

/**
 * Host functions: {@code print}, {@code load}, {@code gc}, the {@code gcStats} object, and the
 * global {@code arguments} (an empty array, as in GraalJS).
 */
final class GlobalBuiltins implements BuiltinSet {
  @Override
  public void install(Installer in) {
    in.realm().setIntrinsic("Global", in.realm().global());
    in.value("Global", "NaN", fromDouble(Double.NaN), 0);
    in.value("Global", "Infinity", fromDouble(Double.POSITIVE_INFINITY), 0);
    in.value("Global", "undefined", UNDEFINED, 0);
    in.value("Global", "globalThis", in.realm().global(), Installer.METHOD);
    // GraalJS (and its shell) have a global `arguments` (the script arguments): an empty array.
    in.value(
        "Global",
        "arguments",
        in.context().model().newArray(in.realm().arrayPrototype(), 0),
        Installer.METHOD);
    in.method("Global", "print", 1, Print::new);
    in.method("Global", "load", 1, Load::new);
    in.method("Global", "eval", 1, Eval::new);
    in.method("Global", "gc", 0, Gc::new);
    in.prototype("GcStats", "ObjectPrototype");
    String[] counters = {
      "scavenges",
      "fullCollections",
      "bytesAllocated",
      "bytesPromoted",
      "bytesFreed",
      "youngUsedBytes",
      "oldUsedBytes",
      "externalBytes",
      "totalPauseNanos",
      "maxPauseNanos"
    };
    for (String c : counters) {
      in.getter("GcStats", c, () -> new Stat(c));
    }
    in.global("gcStats", in.realm().intrinsic("GcStats"));
  }

  /** {@code print(a, b, ...)}: ToString of each, separated by spaces, then a newline. */
  static final class Print extends BuiltinNode {
    @Override
    public long execute(VirtualFrame frame) {
      int n = argc(frame);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          sb.append(' ');
        }
        append(sb, ctx(), arg(frame, i));
      }
      println(ctx(), sb);
      return UNDEFINED;
    }

    @TruffleBoundary
    private static void append(StringBuilder sb, JSHeapContext ctx, long v) {
      sb.append(JsValues.toJavaString(ctx, v));
    }

    @TruffleBoundary
    private static void println(JSHeapContext ctx, StringBuilder sb) {
      ctx.out().println(sb);
    }
  }

  /**
   * {@code eval(code)}: a string runs as eval code in the global scope (its vars become globals,
   * its let/const stay local) and gives its completion value; any other value is returned as is. A
   * direct call behaves as an indirect one: it does not see the caller's local variables. Parsed
   * code is cached per source text (a bounded map).
   */
  static final class Eval extends BuiltinNode {
    private static final int CACHE_SIZE = 64;

    private final Map<String, CallTarget> cache =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, CallTarget> eldest) {
            return size() > CACHE_SIZE;
          }
        };

    @Override
    public long execute(VirtualFrame frame) {
      long code = arg(frame, 0);
      if (!ctx().strings().isString(code)) {
        return code;
      }
      return run(target(ctx().strings().toJava(code)));
    }

    @TruffleBoundary
    private CallTarget target(String code) {
      CallTarget t = cache.get(code);
      if (t == null) {
        Source source = Source.newBuilder(JSHeapLanguage.ID, code, "eval").build();
        JSHeapLanguage language = JSHeapLanguage.get(this);
        t =
            new ProgramRootNode(language, JsParser.parse(language, source, true), true)
                .getCallTarget();
        cache.put(code, t);
      }
      return t;
    }

    @TruffleBoundary
    private static long run(CallTarget t) {
      return (Long) t.call();
    }
  }

  /** {@code load(path)}: runs a file in the same global scope; returns its completion value. */
  static final class Load extends BuiltinNode {
    @Override
    public long execute(VirtualFrame frame) {
      String path = JsValues.toJavaString(ctx(), arg(frame, 0));
      return run(ctx(), path);
    }

    @TruffleBoundary
    private static long run(JSHeapContext ctx, String path) {
      Source source;
      try {
        TruffleFile file = ctx.env().getPublicTruffleFile(path);
        source = Source.newBuilder(JSHeapLanguage.ID, file).build();
      } catch (IOException | SecurityException e) {
        throw JsException.error("Error", "cannot load " + path + ": " + e.getMessage());
      }
      ctx.env().parsePublic(source).call();
      return UNDEFINED;
    }
  }

  /** {@code gc()}: a full collection. */
  static final class Gc extends BuiltinNode {
    @Override
    public long execute(VirtualFrame frame) {
      collect(ctx());
      return UNDEFINED;
    }

    @TruffleBoundary
    private static void collect(JSHeapContext ctx) {
      ctx.heap().collectFull();
    }
  }

  /** A {@code gcStats} counter getter. */
  static final class Stat extends BuiltinNode {
    private final String counter;

    Stat(String counter) {
      this.counter = counter;
    }

    @Override
    public long execute(VirtualFrame frame) {
      return fromNumber(read(ctx(), counter));
    }

    @TruffleBoundary
    static double read(JSHeapContext ctx, String counter) {
      GcStatistics s = ctx.heap().statistics();
      return switch (counter) {
        case "scavenges" -> s.scavenges();
        case "fullCollections" -> s.fullCollections();
        case "bytesAllocated" -> s.bytesAllocated();
        case "bytesPromoted" -> s.bytesPromoted();
        case "bytesFreed" -> s.bytesFreed();
        case "youngUsedBytes" -> s.youngUsedBytes();
        case "oldUsedBytes" -> s.oldUsedBytes();
        case "externalBytes" -> s.externalBytes();
        case "totalPauseNanos" -> s.totalPauseNanos();
        default -> s.maxPauseNanos();
      };
    }
  }
}
