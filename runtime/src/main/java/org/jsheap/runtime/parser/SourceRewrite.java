package org.jsheap.runtime.parser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.openjdk.nashorn.internal.parser.Lexer;
import org.openjdk.nashorn.internal.parser.Token;
import org.openjdk.nashorn.internal.parser.TokenKind;
import org.openjdk.nashorn.internal.parser.TokenStream;
import org.openjdk.nashorn.internal.parser.TokenType;
import org.openjdk.nashorn.internal.runtime.ParserException;
import org.openjdk.nashorn.internal.runtime.Source;

/**
 * Rewrites ES2016-2018 syntax that Nashorn's parser (ES6 mode) rejects into same-length text it
 * accepts, so that every source position stays exact, and records each rewrite in {@link Marks}:
 *
 * <ul>
 *   <li>{@code **} becomes {@code * } and {@code **=} becomes {@code *= } ({@link
 *       Exponents} restores precedence and associativity);
 *   <li>a trailing comma before {@code )} becomes a space (claimed by calls and parameter lists);
 *   <li>{@code ...} after {@code {} or {@code ,} inside braces becomes {@code 0: } (object spread
 *       and object rest, claimed by object literals and patterns).
 * </ul>
 *
 * The text is scanned with Nashorn's own lexer, so strings, comments, templates and regular
 * expressions are never touched; like the parser, the scan decides whether a {@code /} starts a
 * regular expression from the token before it.
 */
final class SourceRewrite {
  private SourceRewrite() {}

  /** The text the parser reads and the marks of what was rewritten. */
  record Result(String text, Marks marks) {}

  private static final Pattern TRAILING_COMMA = Pattern.compile(",\\s*\\)");

  /** A {@code set} that may be a setter, a {@code let} that may be a statement's body. */
  private static final Pattern SETTER_OR_LET =
      Pattern.compile("\\bset\\b|(\\)|\\belse|\\bdo|:)\\s*let\\b");

  /** The lexer's regular-expression scan, which only the parser drives. */
  private static final class Scan extends Lexer {
    Scan(Source source, TokenStream stream) {
      super(source, 0, source.getLength(), stream, false, true, false);
    }

    boolean regex(long token) {
      return scanLiteral(token, Token.descType(token), (line, position) -> {});
    }
  }

  static Result rewrite(String text) {
    boolean braced = text.contains("\\u{");
    if (!braced
        && !text.contains("**")
        && !text.contains("...")
        && !SETTER_OR_LET.matcher(text).find()
        && !TRAILING_COMMA.matcher(text).find()) {
      return new Result(text, Marks.NONE);
    }
    String lexed = braced ? bracedEscapes(text) : text;
    List<Long> tokens;
    Marks marks = new Marks();
    try {
      tokens = tokens(lexed, marks);
    } catch (ParserException | IllegalStateException | IndexOutOfBoundsException e) {
      // the parser reports what the lexer cannot read
      return new Result(text, Marks.NONE);
    }
    char[] out = lexed.toCharArray();
    Deque<TokenType> open = new ArrayDeque<>();
    Deque<Integer> openAt = new ArrayDeque<>();
    int[] match = Groups.match(tokens);
    for (int i = 0; i < tokens.size(); i++) {
      long token = tokens.get(i);
      TokenType type = Token.descType(token);
      int position = Token.descPosition(token);
      TokenType before = i > 0 ? Token.descType(tokens.get(i - 1)) : null;
      TokenType after = i + 1 < tokens.size() ? Token.descType(tokens.get(i + 1)) : null;
      switch (type) {
        case REGEX ->
            // a pattern's escapes are its own: {@code /\\u{61}/} repeats {@code u}
            text.getChars(position, position + Token.descLength(token), out, position);
        case LPAREN, LBRACKET, LBRACE, TEMPLATE_HEAD -> {
          open.push(type);
          openAt.push(i);
        }
        case RPAREN, RBRACKET, RBRACE, TEMPLATE_TAIL -> {
          open.poll();
          openAt.poll();
        }
        case IDENT -> Groups.setter(lexed, tokens, match, i, open.peek(), out, marks);
        case LET -> Groups.letIdentifier(tokens, match, i, out, marks);
        case MUL -> {
          int next = i + 1 < tokens.size() ? Token.descPosition(tokens.get(i + 1)) : -1;
          if ((after == TokenType.MUL || after == TokenType.ASSIGN_MUL) && next == position + 1) {
            out[position + 1] = after == TokenType.MUL ? ' ' : '=';
            if (after == TokenType.ASSIGN_MUL) {
              out[position + 2] = ' ';
            }
            marks.mark(position, Marks.Kind.EXPONENT);
            i++;
          }
        }
        case COMMARIGHT -> {
          if (after == TokenType.RPAREN
              && before != TokenType.LPAREN
              && before != TokenType.COMMARIGHT) {
            out[position] = ' ';
            marks.mark(position, Marks.Kind.TRAILING_COMMA);
          }
        }
        case ELLIPSIS -> {
          if (open.peek() == TokenType.LBRACE
              && (before == TokenType.LBRACE || before == TokenType.COMMARIGHT)) {
            out[position] = '0';
            out[position + 1] = ':';
            out[position + 2] = ' ';
            marks.mark(position, Marks.Kind.OBJECT_SPREAD);
          } else if (open.peek() == TokenType.LBRACKET) {
            Groups.restPattern(tokens, match, openAt, i, out, marks);
          }
        }
        default -> {}
      }
    }
    return new Result(marks.isEmpty() && !braced ? text : new String(out), marks);
  }

  private static final Pattern BRACED = Pattern.compile("\\\\u\\{([0-9A-Fa-f]{2})}");

  /**
   * {@code \\u{XX}} (a code point escape, ES2015) respelled {@code \\u00XX}, the same length and
   * meaning in strings, templates and identifiers; other lengths are left to the parser's error.
   */
  private static String bracedEscapes(String text) {
    var m = BRACED.matcher(text);
    char[] out = null;
    while (m.find()) {
      int backslashes = 0;
      for (int i = m.start() - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
        backslashes++;
      }
      if (backslashes % 2 == 0) {
        if (out == null) {
          out = text.toCharArray();
        }
        "\\u00".getChars(0, 4, out, m.start());
        m.group(1).getChars(0, 2, out, m.start() + 4);
      }
    }
    return out == null ? text : new String(out);
  }

  /** The significant tokens of {@code text} (no comments or line ends); records paren pairs. */
  private static List<Long> tokens(String text, Marks marks) {
    TokenStream stream = new TokenStream();
    Scan lexer = new Scan(Source.sourceFor("rewrite", text), stream);
    List<Long> tokens = new ArrayList<>();
    Deque<Integer> parens = new ArrayDeque<>();
    // per open parenthesis: whether it opens a statement's head; per open brace: a block's
    Deque<Boolean> heads = new ArrayDeque<>();
    Deque<Boolean> blocks = new ArrayDeque<>();
    boolean headClosed = false;
    boolean blockClosed = false;
    int k = 0;
    while (true) {
      while (k > stream.last()) {
        if (stream.isFull()) {
          stream.grow();
        }
        lexer.lexify();
      }
      long token = stream.get(k);
      TokenType type = Token.descType(token);
      if (type == TokenType.EOF) {
        return tokens;
      }
      if ((type == TokenType.DIV || type == TokenType.ASSIGN_DIV)
          && regexAllowed(
              tokens.isEmpty() ? null : Token.descType(tokens.getLast()), headClosed, blockClosed)
          && lexer.regex(token)) {
        // the stream's last token is now the regular expression
        continue;
      }
      k++;
      if (type == TokenType.EOL || type == TokenType.COMMENT) {
        continue;
      }
      TokenType last = tokens.isEmpty() ? null : Token.descType(tokens.getLast());
      if (type == TokenType.LPAREN) {
        heads.push(Groups.HEADS.contains(last));
      } else if (type == TokenType.RPAREN) {
        headClosed = !heads.isEmpty() && heads.pop();
      } else if (type == TokenType.LBRACE) {
        blocks.push(
            Groups.blockStart(last, headClosed, blockClosed, !blocks.isEmpty() && blocks.peek()));
      } else if (type == TokenType.RBRACE) {
        blockClosed = !blocks.isEmpty() && blocks.pop();
      }
      if (type == TokenType.LPAREN) {
        parens.push(Token.descPosition(token));
      } else if (type == TokenType.RPAREN && !parens.isEmpty()) {
        marks.paren(parens.pop(), Token.descPosition(token));
      }
      tokens.add(token);
    }
  }

  /**
   * Whether a {@code /} after a token of type {@code before} starts a regular expression: not after
   * an operand, but after the {@code )} of a statement's head ({@code headClosed}) or the {@code }}
   * of a block ({@code blockClosed}).
   */
  private static boolean regexAllowed(TokenType before, boolean headClosed, boolean blockClosed) {
    if (before == null
        || (before == TokenType.RPAREN && headClosed)
        || (before == TokenType.RBRACE && blockClosed)) {
      return true;
    }
    return switch (before) {
      case RPAREN,
          RBRACKET,
          RBRACE,
          IDENT,
          THIS,
          SUPER,
          NULL,
          TRUE,
          FALSE,
          INCPREFIX,
          DECPREFIX,
          TEMPLATE,
          TEMPLATE_TAIL ->
          false;
      default ->
          before.getKind() != TokenKind.LITERAL
              && before.getKind() != TokenKind.FUTURE
              && before.getKind() != TokenKind.FUTURESTRICT;
    };
  }
}
