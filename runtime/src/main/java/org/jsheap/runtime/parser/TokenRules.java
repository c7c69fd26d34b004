package org.jsheap.runtime.parser;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.openjdk.nashorn.internal.ir.ClassNode;
import org.openjdk.nashorn.internal.ir.ForNode;
import org.openjdk.nashorn.internal.ir.IdentNode;
import org.openjdk.nashorn.internal.ir.LabelNode;
import org.openjdk.nashorn.internal.ir.LiteralNode;
import org.openjdk.nashorn.internal.ir.Node;
import org.openjdk.nashorn.internal.ir.PropertyNode;
import org.openjdk.nashorn.internal.ir.RuntimeNode;
import org.openjdk.nashorn.internal.ir.visitor.SimpleNodeVisitor;

/**
 * Early errors that the source text of a token shows and Nashorn's lexer lets pass: a reserved word
 * written with a Unicode escape ({@code n\u0075ll} as a label, {@code new.t\u0061rget}, {@code
 * g\u0065t} before a method, {@code o\u0066} in a for-of head: 12.7.1), an identifier with U+2E2F
 * VERTICAL TILDE (Pattern_Syntax, so neither ID_Start nor ID_Continue), {@code \8} and {@code \9}
 * in strict string literals and octal escapes in untagged templates (12.9.4.1, 13.2.8.1), and
 * legacy octal or non-octal decimal integers like {@code 08} in strict code (12.9.3.1).
 */
final class TokenRules extends SimpleNodeVisitor {
  /**
   * Reserved words (12.7.2) reserved in every script, with {@code null}, {@code true} and {@code
   * false} ({@code await} is reserved only in modules and async functions, which Nashorn lacks).
   */
  static final Set<String> RESERVED =
      Set.of(
          "break",
          "case",
          "catch",
          "class",
          "const",
          "continue",
          "debugger",
          "default",
          "delete",
          "do",
          "else",
          "enum",
          "export",
          "extends",
          "false",
          "finally",
          "for",
          "function",
          "if",
          "import",
          "in",
          "instanceof",
          "new",
          "null",
          "return",
          "super",
          "switch",
          "this",
          "throw",
          "true",
          "try",
          "typeof",
          "var",
          "void",
          "while",
          "with",
          "new.target");

  private static final char VERTICAL_TILDE = '\u2E2F';

  private final String text;
  private final Set<Node> propertyKeys = Collections.newSetFromMap(new IdentityHashMap<>());

  private TokenRules(String text) {
    this.text = text;
  }

  static void check(Node program, String text) {
    program.accept(new TokenRules(text));
  }

  private boolean strict() {
    return lc.getCurrentFunction().isStrict();
  }

  private String raw(Node n) {
    int start = Math.max(0, Math.min(n.getStart(), text.length()));
    int end = Math.max(start, Math.min(n.getFinish(), text.length()));
    return text.substring(start, end);
  }

  @Override
  public boolean enterIdentNode(IdentNode id) {
    String name = id.getName();
    if (name.indexOf(VERTICAL_TILDE) >= 0) {
      throw new EarlyError("Invalid or unexpected token", id.getStart());
    }
    if (!propertyKeys.contains(id)
        && raw(id).indexOf('\\') >= 0
        && (RESERVED.contains(name)
            || (strict() && DeclarationRules.STRICT_RESERVED.contains(name)))) {
      throw new EarlyError("Keyword must not contain escaped characters", id.getStart());
    }
    return true;
  }

  @Override
  public boolean enterPropertyNode(PropertyNode p) {
    if (p.getKey() != null) {
      propertyKeys.add(p.getKey());
      if ((p.getGetter() != null || p.getSetter() != null)
          && p.getKey().getStart() > p.getStart()
          && text.substring(p.getStart(), Math.min(p.getKey().getStart(), text.length()))
                  .indexOf('\\')
              >= 0) {
        throw new EarlyError("Keyword must not contain escaped characters", p.getStart());
      }
    }
    return true;
  }

  @Override
  public boolean enterLabelNode(LabelNode l) {
    if (RESERVED.contains(l.getLabelName())
        || (strict() && DeclarationRules.STRICT_RESERVED.contains(l.getLabelName()))) {
      throw new EarlyError("Keyword must not contain escaped characters", l.getStart());
    }
    return true;
  }

  @Override
  public boolean enterClassNode(ClassNode c) {
    if (c.getClassHeritage() != null) {
      c.getClassHeritage().accept(this);
    }
    if (c.getConstructor() != null) {
      c.getConstructor().accept(this);
    }
    for (Node element : c.getClassElements()) {
      element.accept(this);
    }
    return false;
  }

  /** {@code of} in a for-of head written with an escape ({@code o\u0066}). */
  @Override
  public boolean enterForNode(ForNode f) {
    if (f.isForOf() && f.getInit() != null && f.getModify() != null) {
      int from = Math.max(0, Math.min(f.getInit().getFinish(), text.length()));
      int to = Math.max(from, Math.min(f.getModify().getStart(), text.length()));
      int escape = text.substring(from, to).indexOf('\\');
      if (escape >= 0) {
        throw new EarlyError("Keyword must not contain escaped characters", from + escape);
      }
    }
    return true;
  }

  /** A tagged template's strings may hold any escape (their cooked value is then undefined). */
  @Override
  public boolean enterRuntimeNode(RuntimeNode r) {
    return r.getRequest() != RuntimeNode.Request.GET_TEMPLATE_OBJECT;
  }

  @Override
  public boolean enterLiteralNode(LiteralNode<?> l) {
    int start = l.getStart();
    if (start <= 0 || start >= text.length()) {
      return true;
    }
    if (l.isString()) {
      char delimiter = text.charAt(start - 1);
      boolean template = delimiter == '`' || delimiter == '}';
      boolean quoted = delimiter == '"' || delimiter == '\'';
      if (template || (quoted && strict())) {
        int bad = octalEscape(raw(l), template || strict());
        if (bad >= 0) {
          throw new EarlyError(
              template
                  ? "Octal escape sequences are not allowed in template strings"
                  : "Octal escape sequences are not allowed in strict mode.",
              start + bad);
        }
      }
    } else if (l.isNumeric() && strict() && start + 1 < text.length()) {
      if (text.charAt(start) == '0'
          && Character.isDigit(text.charAt(start + 1))
          && !Character.isJavaIdentifierPart(text.charAt(start - 1))
          && text.charAt(start - 1) != '.') {
        throw new EarlyError("Decimals with leading zeros are not allowed in strict mode.", start);
      }
    }
    return true;
  }

  /**
   * The offset in {@code raw} of the first {@code \8} or {@code \9}, or with {@code legacy} of a
   * legacy octal escape ({@code \0} before a digit, {@code \1} to {@code \7}); -1 if none.
   */
  static int octalEscape(String raw, boolean legacy) {
    for (int i = 0; i + 1 < raw.length(); i++) {
      if (raw.charAt(i) != '\\') {
        continue;
      }
      char c = raw.charAt(i + 1);
      boolean zeroThenDigit =
          c == '0' && i + 2 < raw.length() && Character.isDigit(raw.charAt(i + 2));
      if (c == '8' || c == '9' || (legacy && (zeroThenDigit || (c >= '1' && c <= '7')))) {
        return i;
      }
      i++;
    }
    return -1;
  }
}
