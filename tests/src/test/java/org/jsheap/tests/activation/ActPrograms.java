package org.jsheap.tests.activation;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.RootNode;
import org.jsheap.gc.ValueCodec;
import org.jsheap.tests.activation.ActNodes.ActNode;

/**
 * The programs of {@link ActLanguage}, written as trees of {@link ActNodes}. In comments, slots are
 * the function's window slots and {@code call(f, temp, ...)} a call whose arguments pass through
 * the caller's temporaries from {@code temp} on.
 */
final class ActPrograms {
  private final ActContext c;

  private ActPrograms(ActContext c) {
    this.c = c;
  }

  /** The entry of program {@code name}: a call target taking ints and returning an int. */
  static RootNode entry(ActLanguage language, ActContext c, String name) {
    ActPrograms p = new ActPrograms(c);
    return switch (name) {
      case "tree" -> new Entry(c, p.tree());
      case "closures" -> new Entry(c, p.closures());
      case "exceptions" -> new Entry(c, p.exceptions());
      case "uncaught" -> new Entry(c, p.uncaught());
      case "overflow" -> new Entry(c, p.overflow());
      case "highwater" -> new HighWater(language, c);
      default -> throw new IllegalArgumentException("no act program " + name);
    };
  }

  // ------------------------------------------------------------------ node shorthands

  private ActNode i(int v) {
    return new ActNodes.Int(c, v);
  }

  private ActNode local(int slot) {
    return new ActNodes.Local(c, slot);
  }

  private ActNode add(ActNode a, ActNode b) {
    return new ActNodes.Arith(c, false, a, b);
  }

  private ActNode less(ActNode a, ActNode b) {
    return new ActNodes.Arith(c, true, a, b);
  }

  private ActNode pair(int temp, ActNode a, ActNode b) {
    return new ActNodes.Allocate(c, temp, null, a, b);
  }

  private ActNode field(ActNode o, int index) {
    return new ActNodes.Field(c, o, index);
  }

  private ActNode call(ActFunction caller, int temp, ActFunction callee, ActNode... args) {
    return new ActNodes.Call(c, caller.frameSize, temp, callee.getCallTarget(), args);
  }

  private ActNode ifThen(ActNode cond, ActNode then, ActNode otherwise) {
    return new ActNodes.If(c, cond, then, otherwise);
  }

  // ------------------------------------------------------------------ programs

  /** {@code main(d)}: builds a complete binary tree of depth d recursively, counts its leaves. */
  private ActFunction tree() {
    // tree(d) = d < 1 ? pair(0, 0) : pair(tree(d - 1), tree(d - 1)); slots 1-2 pair, 3 call.
    ActFunction tree = new ActFunction(c, "tree", 4);
    tree.define(
        ifThen(
            less(local(0), i(1)),
            pair(1, i(0), i(0)),
            pair(
                1,
                call(tree, 3, tree, add(local(0), i(-1))),
                call(tree, 3, tree, add(local(0), i(-1))))));
    // count(t) = isObject(t.0) ? count(t.0) + count(t.1) : 1; slot 1 call.
    ActFunction count = new ActFunction(c, "count", 2);
    count.define(
        ifThen(
            new ActNodes.IsObject(c, field(local(0), 0)),
            add(
                call(count, 1, count, field(local(0), 0)),
                call(count, 1, count, field(local(0), 1))),
            i(1)));
    ActFunction main = new ActFunction(c, "main", 2);
    return main.define(call(main, 1, count, call(main, 1, tree, local(0))));
  }

  /**
   * {@code main(n)}: a list of n closures, closure i capturing a box (i, i + 1) and returning the
   * sum of its two fields; calls them all and sums: n(n + 1) + n.
   */
  private ActFunction closures() {
    ActFunction getter = new ActFunction(c, "getter", 1);
    ActNode box = new ActNodes.Captured(c, 0);
    getter.define(add(field(box, 0), field(new ActNodes.Captured(c, 0), 1)));
    // mkGetter(n) { box = pair(n, n + 1); return closure(getter, box) }; slot 1 box, 2-3 temps.
    ActFunction mkGetter = new ActFunction(c, "mkGetter", 4);
    mkGetter.define(
        new ActNodes.Seq(
            c,
            new ActNodes.SetLocal(c, 1, pair(2, local(0), add(local(0), i(1)))),
            new ActNodes.Allocate(c, 2, getter, local(1))));
    // mkList(i, acc) = i < 1 ? acc : mkList(i - 1, pair(mkGetter(i), acc));
    // slots 2-3 pair, 4-5 call, 6 inner call: allocation and calls in argument position.
    ActFunction mkList = new ActFunction(c, "mkList", 7);
    mkList.define(
        ifThen(
            less(local(0), i(1)),
            local(1),
            call(
                mkList,
                4,
                mkList,
                add(local(0), i(-1)),
                pair(2, call(mkList, 6, mkGetter, local(0)), local(1)))));
    // sumList(l) = isObject(l) ? l.0() + sumList(l.1) : 0; slot 1 closure, 2 call.
    ActFunction sumList = new ActFunction(c, "sumList", 3);
    sumList.define(
        ifThen(
            new ActNodes.IsObject(c, local(0)),
            add(
                new ActNodes.CallClosure(c, 3, 1, 2, field(local(0), 0)),
                call(sumList, 2, sumList, field(local(0), 1))),
            i(0)));
    ActFunction main = new ActFunction(c, "main", 3);
    return main.define(call(main, 1, sumList, call(main, 1, mkList, local(0), i(0))));
  }

  /** thrower(d): allocates in every frame, throws pair(42, o) from the bottom, o = (100, 0). */
  private ActFunction thrower() {
    ActFunction thrower = new ActFunction(c, "thrower", 5);
    // slot 1 o, 2-3 pair, 4 call.
    thrower.define(
        new ActNodes.Seq(
            c,
            new ActNodes.SetLocal(c, 1, pair(2, add(local(0), i(100)), i(0))),
            ifThen(
                less(local(0), i(1)),
                new ActNodes.Throw(c, pair(2, i(42), local(1))),
                call(thrower, 4, thrower, add(local(0), i(-1))))));
    return thrower;
  }

  /** {@code main(n)}: n times, a throw unwinds 21 frames and is caught; sums 142 per catch. */
  private ActFunction exceptions() {
    ActFunction thrower = thrower();
    // catcher(d) = try thrower(d) catch (e) e.0 + e.1.0; slot 1 e, 2 call.
    ActFunction catcher = new ActFunction(c, "catcher", 3);
    catcher.define(
        new ActNodes.TryCatch(
            c,
            call(catcher, 2, thrower, local(0)),
            1,
            add(field(local(1), 0), field(field(local(1), 1), 0))));
    // rep(n, acc) = n < 1 ? acc : rep(n - 1, acc + catcher(20)); slots 2-3 call, 3 inner call.
    ActFunction rep = new ActFunction(c, "rep", 4);
    rep.define(
        ifThen(
            less(local(0), i(1)),
            local(1),
            call(rep, 2, rep, add(local(0), i(-1)), add(local(1), call(rep, 3, catcher, i(20))))));
    ActFunction main = new ActFunction(c, "main", 3);
    return main.define(call(main, 1, rep, local(0), i(0)));
  }

  /** {@code main(d)}: a throw from d frames down that nothing catches. */
  private ActFunction uncaught() {
    ActFunction thrower = thrower();
    ActFunction main = new ActFunction(c, "main", 2);
    return main.define(call(main, 1, thrower, local(0)));
  }

  /** {@code main(n)}: unbounded recursion, caught: the value stack's overflow is a RangeError. */
  private ActFunction overflow() {
    ActFunction inf = new ActFunction(c, "inf", 4);
    // inf(n) { slot 1 = pair(n, n); inf(n + 1) }; slots 2-3 pair, 3 call.
    inf.define(
        new ActNodes.Seq(
            c,
            new ActNodes.SetLocal(c, 1, pair(2, local(0), local(0))),
            call(inf, 3, inf, add(local(0), i(1)))));
    ActFunction main = new ActFunction(c, "main", 3);
    return main.define(new ActNodes.TryCatch(c, call(main, 2, inf, local(0)), 1, local(1)));
  }

  /**
   * The entry from Java: enters a window for {@code main} above every slot in use, writes the int
   * arguments into it, calls, and leaves the window in a {@code finally}, on normal and exceptional
   * exit.
   */
  private static final class Entry extends RootNode {
    private final ActContext context;
    private final int frameSize;
    @Child private DirectCallNode call;

    Entry(ActContext context, ActFunction main) {
      super(context.language);
      this.context = context;
      this.frameSize = main.frameSize;
      this.call = DirectCallNode.create(main.getCallTarget());
    }

    /** May collect: the program may. */
    @Override
    public Object execute(VirtualFrame frame) {
      Object[] args = frame.getArguments();
      int base = context.stack.enter(frameSize);
      try {
        for (int k = 0; k < args.length; k++) {
          context.stack.setUnchecked(base + k, ValueCodec.fromInt((Integer) args[k]));
        }
        long result = (Long) call.call(base);
        if (!ValueCodec.isInt(result)) {
          throw new ActException(result, this);
        }
        return ValueCodec.asInt(result);
      } finally {
        context.stack.leave(base);
      }
    }
  }

  /** Returns the value stack's high-water mark: 0 once every entry has been left. */
  private static final class HighWater extends RootNode {
    private final ActContext context;

    HighWater(ActLanguage language, ActContext context) {
      super(language);
      this.context = context;
    }

    /** Never collects. */
    @Override
    public Object execute(VirtualFrame frame) {
      return context.stack.highWater() + 1000 * context.stack.size();
    }
  }
}
