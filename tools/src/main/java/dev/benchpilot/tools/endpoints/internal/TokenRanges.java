package dev.benchpilot.tools.endpoints.internal;

import dev.benchpilot.tools.endpoints.internal.ScriptTokens.Kind;
import dev.benchpilot.tools.endpoints.internal.ScriptTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Bracket matching and argument splitting over {@link ScriptTokens}: the little structure route detectors need. */
final class TokenRanges {

    /** Tokens {@code [start, end)} of one list. */
    record Range(int start, int end) {
        boolean isEmpty() {
            return start >= end;
        }
    }

    private final List<Token> tokens;

    TokenRanges(List<Token> tokens) {
        this.tokens = tokens;
    }

    List<Token> tokens() {
        return tokens;
    }

    Token at(int index) {
        return index >= 0 && index < tokens.size() ? tokens.get(index) : null;
    }

    boolean is(int index, String text) {
        Token token = at(index);
        return token != null && token.is(text);
    }

    boolean isName(int index) {
        Token token = at(index);
        return token != null && token.kind() == Kind.NAME;
    }

    boolean isString(int index) {
        Token token = at(index);
        return token != null && token.kind() == Kind.STRING;
    }

    /** The index of the bracket closing the one at {@code open}, or the end of the tokens when unbalanced. */
    int close(int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() != Kind.PUNCT) {
                continue;
            }
            String text = token.text();
            if (text.equals("(") || text.equals("[") || text.equals("{")) {
                depth++;
            } else if ((text.equals(")") || text.equals("]") || text.equals("}")) && --depth == 0) {
                return i;
            }
        }
        return tokens.size();
    }

    /** The comma-separated items between the bracket at {@code open} and its match. */
    List<Range> items(int open) {
        int close = close(open);
        List<Range> items = new ArrayList<>();
        int start = open + 1;
        int i = start;
        while (i < close) {
            Token token = tokens.get(i);
            if (token.kind() == Kind.PUNCT && "([{".contains(token.text())) {
                i = close(i) + 1;
                continue;
            }
            if (token.is(",")) {
                items.add(new Range(start, i));
                start = i + 1;
            }
            i++;
        }
        if (start < close) {
            items.add(new Range(start, close));
        }
        return items;
    }

    /** The string literal an item consists of, if it is exactly one. */
    Optional<String> string(Range item) {
        if (item.isEmpty()) {
            return Optional.empty();
        }
        // Python joins adjacent literals: "/<type>/" "<id>/comment" is one string
        StringBuilder joined = new StringBuilder();
        for (int i = item.start(); i < item.end(); i++) {
            if (!isString(i)) {
                return Optional.empty();
            }
            joined.append(tokens.get(i).text());
        }
        return Optional.of(joined.toString());
    }

    /** The string literals of an item that is one string or a list {@code [..]} / tuple {@code (..)} of strings. */
    List<String> strings(Range item) {
        Optional<String> single = string(item);
        if (single.isPresent()) {
            return List.of(single.get());
        }
        if (!item.isEmpty()
                && (is(item.start(), "[") || is(item.start(), "("))
                && close(item.start()) == item.end() - 1) {
            List<String> values = new ArrayList<>();
            for (Range element : items(item.start())) {
                string(element).ifPresent(values::add);
            }
            return values;
        }
        return List.of();
    }

    /** For a keyword item {@code name=value} (Python) or property {@code name: value} (JS): the value's range. */
    Optional<Range> keyword(List<Range> items, String name, String separator) {
        for (Range item : items) {
            if (item.end() - item.start() >= 3
                    && is(item.start(), name)
                    && isName(item.start())
                    && is(item.start() + 1, separator)) {
                return Optional.of(new Range(item.start() + 2, item.end()));
            }
        }
        return Optional.empty();
    }

    /** The dotted name an item consists of ({@code a}, {@code a.b.c}), or empty. */
    Optional<String> dottedName(Range item) {
        StringBuilder name = new StringBuilder();
        for (int i = item.start(); i < item.end(); i++) {
            boolean expectName = (i - item.start()) % 2 == 0;
            if (expectName ? !isName(i) : !is(i, ".")) {
                return Optional.empty();
            }
            name.append(tokens.get(i).text());
        }
        return name.length() == 0 || (item.end() - item.start()) % 2 == 0
                ? Optional.empty()
                : Optional.of(name.toString());
    }
}
