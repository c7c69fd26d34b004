package org.jsheap.runtime.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.JSHeapLanguage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** JS values through {@link Value}: members, elements, calls, identity, exceptions, lifetime. */
class InteropTest {
  private Context context;

  @BeforeEach
  void open() {
    context =
        Context.newBuilder(JSHeapLanguage.ID)
            .allowHostAccess(HostAccess.ALL)
            .option("engine.WarnInterpreterOnly", "false")
            .build();
  }

  @AfterEach
  void close() {
    context.close();
  }

  private Value js(String code) {
    return context.eval(JSHeapLanguage.ID, code);
  }

  @Test
  void membersReadWriteRemoveAndList() {
    Value o = js("var o = {a: 1, b: 'two', get c() { return this.a + 1; }}; o");
    assertTrue(o.hasMembers());
    assertEquals(1, o.getMember("a").asInt());
    assertEquals("two", o.getMember("b").asString());
    assertEquals(2, o.getMember("c").asInt(), "a getter runs");
    assertNull(o.getMember("missing"));
    o.putMember("d", 40);
    o.putMember("e", "str");
    assertEquals("40 str", js("o.d + ' ' + o.e").asString());
    assertTrue(o.removeMember("a"));
    assertEquals("undefined", js("typeof o.a").asString());
    assertEquals(Set.of("b", "c", "d", "e"), new TreeSet<>(o.getMemberKeys()));
  }

  @Test
  void arrayElements() {
    Value a = js("var a = [1, 'x', {k: 3}]; a");
    assertTrue(a.hasArrayElements());
    assertEquals(3, a.getArraySize());
    assertEquals("x", a.getArrayElement(1).asString());
    assertEquals(3, a.getArrayElement(2).getMember("k").asInt());
    a.setArrayElement(3, 4.5);
    assertEquals(4, js("a.length").asInt());
    assertEquals(4.5, js("a[3]").asDouble());
    assertTrue(a.removeArrayElement(0));
    assertEquals("undefined", js("typeof a[0]").asString());
    assertThrows(ArrayIndexOutOfBoundsException.class, () -> a.getArrayElement(10));
  }

  @Test
  void executeInstantiateAndInvoke() {
    Value add = js("(function add(a, b) { return a + b; })");
    assertTrue(add.canExecute());
    assertEquals(5, add.execute(2, 3).asInt());
    assertEquals("ab", add.execute("a", "b").asString());
    Value point =
        js("class Point { constructor(x) { this.x = x; } twice() { return 2 * this.x; } }; Point");
    assertTrue(point.canInstantiate());
    Value p = point.newInstance(7);
    assertEquals(7, p.getMember("x").asInt());
    assertEquals(14, p.invokeMember("twice").asInt());
    assertThrows(PolyglotException.class, () -> point.execute(1), "class without new");
    Value plain = js("(function F(v) { this.v = v; })");
    assertEquals(9, plain.newInstance(9).getMember("v").asInt());
  }

  @Test
  void identityHashAndDisplay() {
    Value a = js("var shared = {toString() { return 'shared!'; }}; shared");
    Value b = js("shared");
    Value other = js("({})");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertFalse(a.equals(other));
    assertEquals("shared!", a.toString());
    assertEquals("1,2", js("[1, 2]").toString());
    assertEquals("Array", js("[1]").getMetaObject().getMetaSimpleName());
    assertEquals("Function", js("(function () {})").getMetaObject().getMetaSimpleName());
    Value objectMeta = other.getMetaObject();
    assertEquals("Object", objectMeta.getMetaQualifiedName());
    assertTrue(objectMeta.isMetaInstance(a));
    assertFalse(objectMeta.isMetaInstance(js("[]")));
    Value symbol = js("Symbol('tag')");
    assertEquals("Symbol(tag)", symbol.toString());
    assertFalse(symbol.hasMembers());
  }

  @Test
  void exceptionsAreInteropExceptionsWithMessageAndLocation() {
    PolyglotException e =
        assertThrows(PolyglotException.class, () -> js("var x = 1;\nthrow new TypeError('boom');"));
    assertTrue(e.isGuestException());
    assertTrue(e.getMessage().contains("boom"), e.getMessage());
    Value thrower = js("(function () { null.x; })");
    PolyglotException e2 = assertThrows(PolyglotException.class, thrower::execute);
    assertTrue(e2.getMessage().startsWith("TypeError"), e2.getMessage());
    Value throwing = js("(function (m) {\n  throw new RangeError(m);\n})");
    PolyglotException e3 = assertThrows(PolyglotException.class, () -> throwing.execute("deep"));
    assertTrue(e3.getMessage().contains("deep"), e3.getMessage());
    assertNotNull(e3.getSourceLocation(), "a location");
    assertEquals(2, e3.getSourceLocation().getStartLine());
    PolyglotException syntax = assertThrows(PolyglotException.class, () -> js("var = ;"));
    assertTrue(syntax.isSyntaxError());
  }

  /** A host object with a field and a method. */
  public static final class Counter {
    public int count;

    public int add(int n) {
      count += n;
      return count;
    }
  }

  @Test
  void hostObjectsLiveInJsObjectsAndArrays() {
    Counter counter = new Counter();
    Value keep = js("var box = {items: []}; (function (c) { box.c = c; box.items.push(c); })");
    keep.execute(counter);
    Value r =
        js(
            "var junk = []; for (var i = 0; i < 3000; i++) junk.push({i: i}); junk = null;"
                + " box.c.add(2); box.items[0].add(3); box.c.count");
    assertEquals(5, r.asInt());
    assertEquals(5, counter.count);
    js("box.c.count = 11;");
    assertEquals(11, counter.count);
    assertEquals(counter, js("box.items[0]").asHostObject());
    Value list = js("(function (l) { return l.length + ':' + l[1]; })");
    assertEquals("2:b", list.execute((Object) new String[] {"a", "b"}).asString());
  }

  @Test
  void viewsFollowObjectsAcrossCollections() {
    Value o = js("({tag: 'kept', nested: {n: 41}})");
    js("var junk; for (var i = 0; i < 20000; i++) junk = {i: i, s: 'x' + i}; gc();");
    assertEquals("kept", o.getMember("tag").asString());
    assertEquals(41, o.getMember("nested").getMember("n").asInt());
  }

  @Test
  void aDroppedViewReleasesItsHandle() throws InterruptedException {
    js("1"); // creates the language context
    context.enter();
    try {
      JSHeapContext ctx = JSHeapContext.get(null);
      HostHandles handles = ctx.interop().handles();
      int rootsBefore = ctx.heap().globalHandleCount();
      int before = handles.liveViews();
      List<Value> held = new ArrayList<>();
      for (int i = 0; i < 500; i++) {
        Value v = js("({i: " + i + "})");
        if (i % 100 == 0) {
          held.add(v);
        }
      }
      assertTrue(handles.liveViews() >= before + 5);
      for (int round = 0; round < 50 && handles.liveViews() > before + held.size(); round++) {
        System.gc();
        Thread.sleep(20);
        js("1"); // drains on the context's thread
      }
      assertEquals(before + held.size(), handles.liveViews(), "only the held views keep handles");
      assertEquals(rootsBefore + held.size(), ctx.heap().globalHandleCount(), "handles closed");
      assertEquals(300, held.get(3).getMember("i").asInt());
    } finally {
      context.leave();
    }
  }
}
