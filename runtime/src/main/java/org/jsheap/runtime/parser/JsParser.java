package org.jsheap.runtime.parser;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.source.Source;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.JSHeapLanguage;
import org.jsheap.runtime.objects.JsException;
import org.openjdk.nashorn.internal.ir.FunctionNode;
import org.openjdk.nashorn.internal.parser.Parser;
import org.openjdk.nashorn.internal.runtime.ErrorManager;
import org.openjdk.nashorn.internal.runtime.ParserException;
import org.openjdk.nashorn.internal.runtime.ScriptEnvironment;
import org.openjdk.nashorn.internal.runtime.options.Options;

/**
 * The front end: Nashorn's parser (its internal IR, ES6 mode; docs/decisions.md says why not the
 * public tree API), the early errors Nashorn lets pass ({@link EarlyErrors}) and {@link
 * Translator}. The first syntax error becomes a SyntaxError with {@code file:line:column}.
 */
public final class JsParser {
  private JsParser() {}

  private static ScriptEnvironment environment;

  static synchronized ScriptEnvironment environment() {
    if (environment == null) {
      Options options = new Options("nashorn");
      options.process(new String[] {"--language=es6"});
      PrintWriter sink = new PrintWriter(new StringWriter());
      environment = new ScriptEnvironment(options, sink, sink);
    }
    return environment;
  }

  /** Collects the first parser error instead of printing it. */
  private static final class FirstError extends ErrorManager {
    ParserException first;
    String text;

    @Override
    public void error(ParserException e) {
      if (first == null) {
        first = e;
      }
      super.error(e);
    }

    @Override
    public void error(String message) {
      if (text == null) {
        text = message;
      }
    }
  }

  @TruffleBoundary
  public static ParsedProgram parse(JSHeapLanguage language, Source source) {
    return parse(language, source, false);
  }

  /**
   * Parses a script, or with {@code eval} the code of an {@code eval} (its top-level let, const and
   * class are local to it, not global lexical bindings).
   */
  @TruffleBoundary
  public static ParsedProgram parse(JSHeapLanguage language, Source source, boolean eval) {
    return parse(language, source, eval, null);
  }

  /** Parses direct eval code against its call site's scope. */
  @TruffleBoundary
  static ParsedProgram parse(JSHeapLanguage language, Source source, EvalScope scope) {
    return parse(language, source, true, scope);
  }

  private static ParsedProgram parse(
      JSHeapLanguage language, Source source, boolean eval, EvalScope scope) {
    FirstError errors = new FirstError();
    errors.setLimit(0);
    String name = source.getName();
    SourceRewrite.Result rewritten = SourceRewrite.rewrite(source.getCharacters().toString());
    var nashornSource =
        org.openjdk.nashorn.internal.runtime.Source.sourceFor(name, rewritten.text());
    FunctionNode program;
    try {
      boolean strict = scope != null && scope.strict;
      program = new Parser(environment(), nashornSource, errors, strict, null).parse();
    } catch (ParserException e) {
      errors.error(e);
      program = null;
    }
    if (errors.first != null || program == null) {
      throw syntaxError(source, errors);
    }
    try {
      EarlyErrors.check(program, source.getCharacters().toString());
    } catch (EarlyError e) {
      throw syntaxError(source, e);
    }
    Marks marks = rewritten.marks();
    ParsedProgram parsed;
    try {
      Translator t = new Translator(language, JSHeapContext.get(null), source, marks);
      if (scope != null) {
        parsed = t.translateEval(program, scope);
      } else {
        parsed = eval ? t.translateEval(program) : t.translateProgram(program);
      }
    } catch (EarlyError e) {
      throw syntaxError(source, e);
    } catch (UnsupportedOperationException e) {
      throw JsException.syntaxError(
          "unsupported syntax: " + e.getMessage(), source.createUnavailableSection());
    }
    var unclaimed = marks.firstUnclaimed();
    if (unclaimed != null) {
      // a rewrite where the syntax it stands for is not legal
      throw syntaxError(source, new EarlyError(unclaimed.getValue().message, unclaimed.getKey()));
    }
    return parsed;
  }

  private static JsException syntaxError(Source source, EarlyError e) {
    int position = Math.max(0, Math.min(e.position, source.getLength()));
    int length = position < source.getLength() ? 1 : 0;
    return JsException.syntaxError(e.getMessage(), source.createSection(position, length));
  }

  private static JsException syntaxError(Source source, FirstError errors) {
    ParserException e = errors.first;
    if (e == null) {
      return JsException.syntaxError(
          errors.text == null ? "syntax error" : errors.text, source.createUnavailableSection());
    }
    String message = e.getMessage();
    int nl = message.indexOf('\n');
    if (nl >= 0) {
      message = message.substring(0, nl);
    }
    String prefix = e.getFileName() + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + " ";
    if (message.startsWith(prefix)) {
      message = message.substring(prefix.length());
    }
    int position = Math.max(0, Math.min(e.getPosition(), source.getLength()));
    int length = position < source.getLength() ? 1 : 0;
    // The position is the exception's source location (a launcher prints it before the message).
    return JsException.syntaxError(message, source.createSection(position, length));
  }
}
