package org.jsheap.runtime;

import static org.jsheap.runtime.BasicsTest.check;

import org.junit.jupiter.api.Test;

/**
 * {@code Reflect}: receivers of get/set, newTarget of construct, booleans where Object throws.
 * Expected outputs are Node.js's (the golden builtins/reflect.js covers every method).
 */
class ReflectTest {
  @Test
  void getAndSetRunAccessorsWithTheReceiver() {
    check(
        "107 107 true,42, true,1,2 false false\n",
        "var src = {a: 1, get b() { return this.a + 100; }, set c(v) { this.seen = v; }};"
            + " var r = {a: 7}; var t = {v: 1}, o = {};"
            + " print(Reflect.get(src, 'b', r), Reflect.get(Object.create(src), 'b', r),"
            + " [Reflect.set(src, 'c', 42, r), r.seen, src.seen].join(),"
            + " [Reflect.set(t, 'v', 2, o), t.v, o.v].join(),"
            + " Reflect.set({w: 1}, 'w', 2, {set w(v) {}}), Reflect.set({w: 1}, 'w', 2, 5));");
  }

  @Test
  void constructHonoursNewTarget() {
    check(
        "3,Other,true,false other true,3,true 10,D\n",
        "function P(x) { this.x = x; this.nt = new.target === Other ? 'Other' : 'P'; }"
            + " function Other() {} Other.prototype.kind = 'other';"
            + " var q = Reflect.construct(P, [3], Other);"
            + " var a = Reflect.construct(Array, [3], Other);"
            + " class B { constructor(v) { this.v = v; this.t = new.target.name; } }"
            + " class D extends B { constructor(v) { super(v * 2); } }"
            + " var d = Reflect.construct(D, [5]);"
            + " print([q.x, q.nt, q instanceof Other, q instanceof P].join(), q.kind,"
            + " [Array.isArray(a), a.length, Object.getPrototypeOf(a) === Other.prototype].join(),"
            + " [d.v, d.t].join());");
  }

  @Test
  void refusalsAreFalseAndNonObjectTargetsTypeErrors() {
    check(
        "false false false false true TypeError TypeError RangeError\n",
        "var o = Object.defineProperty({}, 'x', {value: 1}); var f = Object.freeze({});"
            + " function name(fn) { try { fn(); return 'none'; } catch (e) { return e.name; } }"
            + " print(Reflect.defineProperty(o, 'x', {value: 2}), Reflect.deleteProperty(o, 'x'),"
            + " Reflect.set(o, 'x', 3), Reflect.setPrototypeOf(f, {}), Reflect.preventExtensions(f),"
            + " name(function () { Reflect.get(1, 'x'); }),"
            + " name(function () { Reflect.construct(Math.max, []); }),"
            + " name(function () { Reflect.set([], 'length', -1); }));");
  }
}
