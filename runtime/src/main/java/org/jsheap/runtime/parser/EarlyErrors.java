package org.jsheap.runtime.parser;

import org.openjdk.nashorn.internal.ir.FunctionNode;

/**
 * The static-semantics pass of the front end: the early errors (ECMA-262 "Static Semantics: Early
 * Errors") that Nashorn's parser accepts, checked on its IR before translation, one rule class per
 * concern: {@link DeclarationRules} (redeclarations), {@link FunctionRules} (parameters,
 * directives, {@code delete}, labels), {@link LiteralRules} (object literals and patterns), {@link
 * TokenRules} (escaped keywords, octal escapes and literals). The first error found is thrown as an
 * {@link EarlyError}; {@link JsParser} reports it as a SyntaxError at its position, as it does
 * Nashorn's own syntax errors, for scripts, eval code and the Function constructor alike.
 */
final class EarlyErrors {
  private EarlyErrors() {}

  /** Checks a parsed program whose source text is {@code text}; throws the first early error. */
  static void check(FunctionNode program, String text) {
    TokenRules.check(program, text);
    DeclarationRules.check(program);
    FunctionRules.check(program, text);
    LiteralRules.check(program, text);
  }
}
