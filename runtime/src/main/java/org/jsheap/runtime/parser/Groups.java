package org.jsheap.runtime.parser;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.openjdk.nashorn.internal.parser.Token;
import org.openjdk.nashorn.internal.parser.TokenType;

/**
 * The rewrites of {@link SourceRewrite} that need the bracket structure around a token: which
 * {@code (}, {@code [} or {@code {} closes which, and whether a parenthesized list is a parameter
 * list.
 *
 * <ul>
 *   <li>a setter whose parameter has a default ({@code set m(x = 1) {}}, which Nashorn rejects)
 *       loses its {@code set} (three spaces: a method) and is marked {@link Marks.Kind#SETTER} at
 *       its {@code (};
 *   <li>a rest element holding a pattern in a parameter's array pattern ({@code function
 *       f([...[a]]) {}}, for which Nashorn reports a duplicate parameter) loses its {@code ...}
 *       (a plain element) and is marked {@link Marks.Kind#ARRAY_REST}.
 * </ul>
 */
final class Groups {
  private Groups() {}

  /** The keywords whose parenthesized head a statement body follows (or a block). */
  static final java.util.Set<TokenType> HEADS =
      java.util.EnumSet.of(
          TokenType.IF,
          TokenType.WHILE,
          TokenType.FOR,
          TokenType.WITH,
          TokenType.SWITCH,
          TokenType.CATCH);

  /**
   * Whether a {@code {} after {@code last} opens a block (not an object literal or a function
   * body): at the start, after {@code ;}, a block's {@code {} or {@code }}, a statement's head,
   * {@code else}, {@code do}, {@code try} or {@code finally}.
   */
  static boolean blockStart(
      TokenType last, boolean headClosed, boolean blockClosed, boolean inBlock) {
    if (last == null) {
      return true;
    }
    return switch (last) {
      case SEMICOLON, ELSE, DO, TRY, FINALLY -> true;
      case RPAREN -> headClosed;
      case RBRACE -> blockClosed;
      case LBRACE -> inBlock;
      default -> false;
    };
  }

  /**
   * {@code let} as a statement's body ({@code if (x) let}, after {@code else}, {@code do} or a
   * label) is an identifier, not a declaration (13.6, 13.7: the body is a Statement): it becomes
   * {@code $et}, marked {@link Marks.Kind#LET}. Before {@code [} it stays (a SyntaxError).
   */
  static void letIdentifier(List<Long> tokens, int[] match, int i, char[] out, Marks marks) {
    TokenType before = type(tokens, i - 1);
    TokenType after = type(tokens, i + 1);
    if (after == TokenType.LBRACKET) {
      return;
    }
    boolean body =
        switch (before) {
          case ELSE, DO -> true;
          case RPAREN -> match[i - 1] >= 0 && HEADS.contains(type(tokens, match[i - 1] - 1));
          case COLON -> type(tokens, i - 2) == TokenType.IDENT && labelStart(tokens, match, i - 2);
          case null -> false;
          default -> false;
        };
    if (body) {
      out[position(tokens, i)] = '$';
      marks.mark(position(tokens, i), Marks.Kind.LET);
    }
  }

  /** Whether the token at {@code i} starts a statement (so that {@code i: } is a label). */
  private static boolean labelStart(List<Long> tokens, int[] match, int i) {
    TokenType before = type(tokens, i - 1);
    if (before == null) {
      return true;
    }
    return switch (before) {
      case SEMICOLON, LBRACE, RBRACE, ELSE, DO -> true;
      case RPAREN -> match[i - 1] >= 0 && HEADS.contains(type(tokens, match[i - 1] - 1));
      default -> false;
    };
  }

  /** For each index of {@code (}, {@code [} or {@code {} the index of its closer, and back. */
  static int[] match(List<Long> tokens) {
    int[] match = new int[tokens.size()];
    java.util.Arrays.fill(match, -1);
    Deque<Integer> open = new ArrayDeque<>();
    for (int i = 0; i < tokens.size(); i++) {
      switch (Token.descType(tokens.get(i))) {
        case LPAREN, LBRACKET, LBRACE -> open.push(i);
        case RPAREN, RBRACKET, RBRACE -> {
          if (!open.isEmpty()) {
            int o = open.pop();
            match[o] = i;
            match[i] = o;
          }
        }
        default -> {}
      }
    }
    return match;
  }

  private static TokenType type(List<Long> tokens, int i) {
    return i >= 0 && i < tokens.size() ? Token.descType(tokens.get(i)) : null;
  }

  private static int position(List<Long> tokens, int i) {
    return Token.descPosition(tokens.get(i));
  }

  /** Whether the {@code (} at index {@code i} opens a parameter list (function, method, arrow). */
  static boolean parameters(List<Long> tokens, int[] match, int i) {
    int close = match[i];
    if (type(tokens, i) != TokenType.LPAREN || close < 0) {
      return false;
    }
    TokenType after = type(tokens, close + 1);
    if (after == TokenType.ARROW) {
      return true;
    }
    if (after != TokenType.LBRACE) {
      return false;
    }
    TokenType before = type(tokens, i - 1);
    return before != TokenType.IF
        && before != TokenType.WHILE
        && before != TokenType.FOR
        && before != TokenType.WITH
        && before != TokenType.SWITCH
        && before != TokenType.CATCH;
  }

  /**
   * {@code set name(x = d) {}} in an object literal or class body: {@code set} becomes three
   * spaces, the {@code (} is marked. Only a parameter list with a top-level {@code =} is touched.
   */
  static void setter(
      String text,
      List<Long> tokens,
      int[] match,
      int i,
      TokenType openTop,
      char[] out,
      Marks marks) {
    long token = tokens.get(i);
    int position = Token.descPosition(token);
    if (openTop != TokenType.LBRACE
        || Token.descLength(token) != 3
        || !text.startsWith("set", position)) {
      return;
    }
    TokenType before = type(tokens, i - 1);
    if (before != TokenType.LBRACE
        && before != TokenType.RBRACE
        && before != TokenType.COMMARIGHT
        && before != TokenType.SEMICOLON
        && before != TokenType.STATIC) {
      return;
    }
    int name = i + 1;
    TokenType nameType = type(tokens, name);
    if (nameType == null
        || nameType == TokenType.LPAREN
        || nameType == TokenType.COLON
        || nameType == TokenType.COMMARIGHT
        || nameType == TokenType.RBRACE
        || nameType == TokenType.ASSIGN
        || nameType == TokenType.MUL) {
      return;
    }
    int paren = name + 1;
    if (nameType == TokenType.LBRACKET) {
      if (match[name] < 0) {
        return;
      }
      paren = match[name] + 1;
    } else {
      int at = position(tokens, name);
      if (text.startsWith("constructor", at) && Token.descLength(tokens.get(name)) == 11) {
        return;
      }
    }
    if (!parameters(tokens, match, paren) || type(tokens, match[paren] + 1) != TokenType.LBRACE) {
      return;
    }
    Deque<TokenType> depth = new ArrayDeque<>();
    boolean dflt = false;
    for (int k = paren + 1; k < match[paren]; k++) {
      TokenType t = type(tokens, k);
      switch (t) {
        case LPAREN, LBRACKET, LBRACE -> depth.push(t);
        case RPAREN, RBRACKET, RBRACE -> depth.poll();
        case ASSIGN -> dflt |= depth.isEmpty();
        default -> {}
      }
    }
    if (!dflt) {
      return;
    }
    out[position] = ' ';
    out[position + 1] = ' ';
    out[position + 2] = ' ';
    marks.mark(position(tokens, paren), Marks.Kind.SETTER);
  }

  /**
   * {@code ...} at index {@code i} directly before a {@code [} or {@code {} that ends an array
   * pattern inside a parameter list becomes three spaces, marked.
   */
  static void restPattern(
      List<Long> tokens, int[] match, Deque<Integer> openAt, int i, char[] out, Marks marks) {
    TokenType before = type(tokens, i - 1);
    TokenType after = type(tokens, i + 1);
    int position = position(tokens, i);
    if ((before != TokenType.LBRACKET && before != TokenType.COMMARIGHT)
        || (after != TokenType.LBRACKET && after != TokenType.LBRACE)
        || position(tokens, i + 1) != position + 3
        || match[i + 1] < 0
        || type(tokens, match[i + 1] + 1) != TokenType.RBRACKET) {
      return;
    }
    for (int at : openAt) {
      TokenType t = type(tokens, at);
      if (t == TokenType.LPAREN) {
        if (parameters(tokens, match, at)) {
          out[position] = ' ';
          out[position + 1] = ' ';
          out[position + 2] = ' ';
          marks.mark(position, Marks.Kind.ARRAY_REST);
        }
        return;
      }
      if (t != TokenType.LBRACKET && t != TokenType.LBRACE) {
        return;
      }
    }
  }
}
