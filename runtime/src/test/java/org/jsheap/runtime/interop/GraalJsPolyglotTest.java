package org.jsheap.runtime.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.jsheap.runtime.JSHeapLanguage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * JSHeap and GraalJS in one polyglot {@link Engine} and {@link Context}: objects, arrays and
 * functions pass both ways, each calls the other, exceptions cross with their messages.
 */
class GraalJsPolyglotTest {
  private Engine engine;
  private Context context;

  @BeforeEach
  void open() {
    engine = Engine.newBuilder().option("engine.WarnInterpreterOnly", "false").build();
    context =
        Context.newBuilder("js", JSHeapLanguage.ID)
            .engine(engine)
            .allowHostAccess(HostAccess.ALL)
            .build();
  }

  @AfterEach
  void close() {
    context.close();
    engine.close();
  }

  private Value graal(String code) {
    return context.eval("js", code);
  }

  private Value jsheap(String code) {
    return context.eval(JSHeapLanguage.ID, code);
  }

  @Test
  void jsheapReadsWritesAndCallsGraalJsValues() {
    Value g =
        graal(
            "({name: 'g', n: 2, arr: [10, 20, 30], add: function (a, b) { return a + b; },"
                + " method() { return this.n * 10; }})");
    Value use =
        jsheap(
            "(function (g) { var junk = []; for (var i = 0; i < 2000; i++) junk.push({i: i});"
                + " return [g.name, g.arr.length, g.arr[1], g.add(2, 3), g.method(),"
                + " typeof g.add].join(','); })");
    assertEquals("g,3,20,5,20,function", use.execute(g).asString());
    jsheap("(function (g) { g.written = {deep: [1, 2]}; g.arr[0] = 'z'; })").execute(g);
    assertEquals("z", g.getMember("arr").getArrayElement(0).asString());
    Value check = graal("(function (g) { return g.written.deep[1] + g.written.deep.length; })");
    assertEquals(4, check.execute(g).asInt());
  }

  @Test
  void graalJsReadsAndCallsJsheapValues() {
    Value make = jsheap("(function (x) { return {k: x * 2, list: [x, x + 1]}; })");
    Value use = graal("(function (h) { var r = h(5); return r.k + r.list.length + r.list[1]; })");
    assertEquals(18, use.execute(make).asInt());
    Value sum =
        graal(
            "(function (a) { var s = 0; for (var i = 0; i < a.length; i++) s += a[i];"
                + " return s; })");
    assertEquals(60, sum.execute(jsheap("[10, 20, 30]")).asInt());
    Value iterate =
        jsheap("(function (a) { var s = ''; for (var x of a) s += x; return s + [...a].length; })");
    assertEquals("abc3", iterate.execute(graal("['a', 'b', 'c']")).asString());
    assertEquals("xy2", iterate.execute((Object) new String[] {"x", "y"}).asString());
  }

  @Test
  void callbacksBothWaysAndConstruction() {
    Value graalCallsBack = graal("(function (f) { return f(41); })");
    Value jsheapPasses = jsheap("(function (cb) { return cb(function (y) { return y + 1; }); })");
    assertEquals(42, jsheapPasses.execute(graalCallsBack).asInt());
    Value graalClass = graal("(class GP { constructor(x) { this.x = x; } })");
    assertEquals(4, jsheap("(function (C) { return new C(4).x; })").execute(graalClass).asInt());
    Value g = graal("({tag: 1})");
    Value back = jsheap("(function (o) { var box = [o]; return box[0]; })").execute(g);
    assertTrue(graal("(function (a, b) { return a === b; })").execute(g, back).asBoolean());
    Value same = jsheap("(function (a, b, c) { return [a === b, a === c, a === a].join(); })");
    assertEquals("true,false,true", same.execute(g, g, graal("({tag: 1})")).asString());
    assertEquals("true", same.execute(graalCallsBack, graalCallsBack, g).asString().split(",")[0]);
  }

  @Test
  void exceptionsCrossWithTheirMessages() {
    Value thrower = graal("(function () { throw new Error('from graal'); })");
    Value catcher =
        jsheap(
            "(function (f) { try { f(); return 'no'; } catch (e) { return 'caught ' + e.message; } })");
    assertEquals("caught from graal", catcher.execute(thrower).asString());
    Value passThrough = jsheap("(function (f) { f(); })");
    PolyglotException up =
        assertThrows(PolyglotException.class, () -> passThrough.execute(thrower));
    assertTrue(up.getMessage().contains("from graal"), up.getMessage());

    Value ours = jsheap("(function () { throw new TypeError('from jsheap'); })");
    Value graalCatcher =
        graal(
            "(function (f) { try { f(); return 'no'; } catch (e) { return 'caught ' + e.message; } })");
    // GraalJS reads a foreign exception's message through interop: our "Name: message" text
    String seen = graalCatcher.execute(ours).asString();
    assertTrue(seen.startsWith("caught TypeError: from jsheap"), seen);
    Value graalPass = graal("(function (f) { f(); })");
    PolyglotException down = assertThrows(PolyglotException.class, () -> graalPass.execute(ours));
    assertTrue(down.getMessage().contains("from jsheap"), down.getMessage());
  }
}
