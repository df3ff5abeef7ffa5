package org.entitas;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Tagged documents made from fuzz data, without the models, for the fuzz tests of the exports. The bytes are read
 * as UTF-16BE code units (so a lone surrogate or any control character can be written), then:
 *
 * <ul>
 *   <li>the id is what comes before the first U+001E (record separator), {@code doc} when there is none or it is
 *       blank; the text is the rest;
 *   <li>each line of the text ({@code \n}) is a sentence, its tokens the runs of characters that are neither
 *       whitespace ({@link Character#isWhitespace}) nor a bracket;
 *   <li>each {@code [...]} inside one line is a mention of what is between the brackets, typed PERSON, LOCATION,
 *       ORGANIZATION in turn.
 * </ul>
 *
 * <p>A seed is written as UTF-16BE text, e.g. {@code berita-1␞Presiden [Prabowo Subianto]🙏 bertemu}.
 */
public final class FuzzDocuments {

    private static final EntityType[] TYPES = {EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION};

    private FuzzDocuments() {
    }

    /** The UTF-16BE code units of the bytes, an odd last byte dropped; lone surrogates are kept. */
    public static String chars(byte[] data) {
        ByteBuffer b = ByteBuffer.wrap(data);
        StringBuilder s = new StringBuilder(data.length / 2);
        while (b.remaining() >= 2) {
            s.append(b.getChar());
        }
        return s.toString();
    }

    /** The tagged document the bytes stand for. */
    public static TaggedDocument tagged(byte[] data) {
        String all = chars(data);
        int sep = all.indexOf('\u001E');
        String id = sep < 0 || all.substring(0, sep).isBlank() ? "doc" : all.substring(0, sep);
        String text = sep < 0 ? all : all.substring(sep + 1);
        List<Sentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            sentences.add(new Sentence(lineStart, lineEnd, tokens(text, lineStart, lineEnd)));
            int open = text.indexOf('[', lineStart);
            while (open >= 0 && open < lineEnd) {
                int close = text.indexOf(']', open + 1);
                int nextOpen = text.indexOf('[', open + 1);
                if (close < 0 || close >= lineEnd) {
                    break;
                }
                if (nextOpen >= 0 && nextOpen < close) {
                    open = nextOpen;
                    continue;
                }
                if (close > open + 1) {
                    int n = mentions.size();
                    mentions.add(new Mention(TYPES[n % TYPES.length], text.substring(open + 1, close), open + 1, close,
                            (n * 37 % 101) / 100.0, sentences.size() - 1));
                }
                open = text.indexOf('[', close + 1);
            }
            lineStart = lineEnd + 1;
        }
        return new TaggedDocument(Document.of(id, text), sentences, mentions);
    }

    private static List<Token> tokens(String text, int start, int end) {
        List<Token> tokens = new ArrayList<>();
        int i = start;
        while (i < end) {
            while (i < end && !isTokenChar(text.charAt(i))) {
                i++;
            }
            int from = i;
            while (i < end && isTokenChar(text.charAt(i))) {
                i++;
            }
            if (i > from) {
                tokens.add(new Token(text.substring(from, i), from, i));
            }
        }
        return tokens;
    }

    private static boolean isTokenChar(char c) {
        return !Character.isWhitespace(c) && c != '[' && c != ']';
    }
}
