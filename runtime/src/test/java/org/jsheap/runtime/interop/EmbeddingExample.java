package org.jsheap.runtime.interop;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/** The example of docs/embedding.md, which includes this file verbatim. */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  /** A host object that scripts call. */
  public static final class Greeter {
    public String greet(String name) {
      return "Hello, " + name;
    }
  }

  /** Runs the example and returns what it would print. */
  public static String run() {
    StringBuilder out = new StringBuilder();
    try (Engine engine = Engine.newBuilder().option("engine.WarnInterpreterOnly", "false").build();
        Context context =
            Context.newBuilder("jsheap")
                .engine(engine)
                .option("jsheap.MaxHeapSize", "32m") // this context's heap limit
                .allowHostAccess(HostAccess.ALL) // scripts may call public Java methods
                .build()) {
      // A JS object comes back as a Value backed by the JS heap (it stays alive while held).
      Value point =
          context.eval(
              "jsheap",
              "({x: 3, y: 4, norm() { return Math.sqrt(this.x * this.x + this.y * this.y); }})");
      out.append("norm ").append(point.invokeMember("norm").asDouble()).append('\n');
      point.putMember("x", 6);
      point.putMember("y", 8);
      out.append("norm ").append(point.invokeMember("norm").asDouble()).append('\n');

      // A JS function called with a host object and a Java array; it returns a JS array.
      Value greetAll =
          context.eval(
              "jsheap",
              "(function (greeter, names) {\n"
                  + "  var out = [];\n"
                  + "  for (var i = 0; i < names.length; i++) out.push(greeter.greet(names[i]));\n"
                  + "  return out;\n"
                  + "})");
      Value greetings = greetAll.execute(new Greeter(), new String[] {"Ada", "Alan"});
      for (long i = 0; i < greetings.getArraySize(); i++) {
        out.append(greetings.getArrayElement(i).asString()).append('\n');
      }

      // A JS exception is a PolyglotException with the JS message and a source location.
      try {
        context.eval(
            "jsheap",
            "function check(n) {\n  throw new RangeError('too far: ' + n);\n}\ncheck(7);");
      } catch (PolyglotException e) {
        out.append(e.getMessage().lines().findFirst().orElse(""));
        out.append(" (line ").append(e.getSourceLocation().getStartLine()).append(")\n");
      }
    }
    return out.toString();
  }

  public static void main(String[] args) {
    System.out.print(run());
  }
}
