package org.jsheap.runtime.parser;

import java.util.BitSet;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rewrites {@link SourceRewrite} made, by source position: what the parser saw there is a
 * same-length stand-in for syntax it lacks. The translator claims a mark where it meets the node
 * the rewrite produced and builds the real semantics; a mark left unclaimed was a rewrite in a
 * place where the syntax is not legal, a SyntaxError at its position. Also records where each
 * closing parenthesis of the source matches its opening one, which the IR forgets.
 */
final class Marks {
  /** What a rewrite stands for. */
  enum Kind {
    /** {@code **} written as {@code * } (or {@code **=} as {@code *= }). */
    EXPONENT("Unexpected token **"),
    /** A trailing comma before {@code )} written as a space. */
    TRAILING_COMMA("Unexpected token )"),
    /** {@code ...x} in an object literal or pattern written as {@code 0: x}. */
    OBJECT_SPREAD("Unexpected token ..."),
    /** {@code set m(x = 1)} written as the method {@code m(x = 1)}; marked at its {@code (}. */
    SETTER("Unexpected token ("),
    /** {@code ...[a]} or {@code ...{a}} in a parameter's array pattern written as {@code [a]}. */
    ARRAY_REST("Unexpected token ..."),
    /** {@code let} as an identifier in a statement's body written as {@code $et}. */
    LET("Unexpected token let");

    final String message;

    Kind(String message) {
      this.message = message;
    }
  }

  static final Marks NONE = new Marks();

  private final TreeMap<Integer, Kind> marks = new TreeMap<>();
  private final BitSet claimed = new BitSet();
  private final TreeMap<Integer, Integer> parens = new TreeMap<>();

  void mark(int position, Kind kind) {
    marks.put(position, kind);
  }

  void paren(int open, int close) {
    parens.put(close, open);
  }

  boolean isEmpty() {
    return marks.isEmpty();
  }

  /** Claims the mark of {@code kind} at {@code position}; false if there is none. */
  boolean claim(int position, Kind kind) {
    if (marks.get(position) != kind) {
      return false;
    }
    claimed.set(position);
    return true;
  }

  /** Claims the last mark of {@code kind} in {@code [from, to)}; false if there is none. */
  boolean claimLast(Kind kind, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (Map.Entry<Integer, Kind> e :
        marks.subMap(from, true, to, false).descendingMap().entrySet()) {
      if (e.getValue() == kind) {
        claimed.set(e.getKey());
        return true;
      }
    }
    return false;
  }

  /** The first mark no node claimed, or null. */
  Map.Entry<Integer, Kind> firstUnclaimed() {
    for (Map.Entry<Integer, Kind> e : marks.entrySet()) {
      if (!claimed.get(e.getKey())) {
        return e;
      }
    }
    return null;
  }

  /**
   * The first {@code )} at or after {@code from} whose {@code (} lies before {@code openBefore}, or
   * -1: the end of a parenthesized list whose first item starts at {@code openBefore}.
   */
  int closing(int openBefore, int from) {
    for (Map.Entry<Integer, Integer> e : parens.tailMap(from, true).entrySet()) {
      if (e.getValue() < openBefore) {
        return e.getKey();
      }
    }
    return -1;
  }

  /**
   * Whether an operand that ends at {@code finish} and starts at {@code start} is parenthesized
   * before the operator at {@code operator}: a {@code )} lies between its end and the operator and
   * its {@code (} lies before the operand's start.
   */
  boolean parenthesized(int start, int finish, int operator) {
    Map.Entry<Integer, Integer> close = parens.lowerEntry(operator);
    return close != null && close.getKey() >= finish && close.getValue() < start;
  }
}
