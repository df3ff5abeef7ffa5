package org.entitas.pipeline;

import java.util.TreeSet;

/**
 * Keeps emoji, flags and other pictographs apart from the words they are written against, and whole: a word is cut
 * where letters or digits meet a pictograph ({@code Baswedan|😀}), and never inside one, however many code points
 * it takes (the two regional indicators of a flag, {@code 🇮🇩}; a skin tone or variation selector after its emoji;
 * a sequence joined by U+200D). So a mention never keeps an emoji or half a flag. Stateless.
 */
final class Pictographs {

    private Pictographs() {
    }

    /**
     * The ends of a word's pieces, relative to it, with the tokenizer's ends {@code ends} (ascending, the last the
     * word's length) as they were, a cut added wherever a pictograph begins or ends next to another character, and
     * the cuts inside a pictograph removed.
     */
    static int[] apart(String word, int[] ends) {
        if (word.codePoints().noneMatch(Pictographs::isPart)) {
            return ends;
        }
        TreeSet<Integer> cuts = new TreeSet<>();
        for (int end : ends) {
            cuts.add(end);
        }
        int regional = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (next < word.length()) {
                int after = word.codePointAt(next);
                boolean inside = isPart(cp) && continues(cp, after, regional);
                if (inside) {
                    cuts.remove(next);
                } else if (isPart(cp) != isPart(after)) {
                    cuts.add(next);
                }
            }
            regional = isRegionalIndicator(cp) ? regional + 1 : 0;
            i = next;
        }
        return cuts.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Whether {@code after} belongs to the pictograph that {@code cp} is part of: a joiner, a selector, a skin tone,
     * a keycap or a tag character after it, anything after a joiner, or the second regional indicator of a flag
     * ({@code regionalBefore} indicators came before {@code cp} in a row).
     */
    private static boolean continues(int cp, int after, int regionalBefore) {
        if (cp == 0x200D || after == 0x200D || isModifier(after)) {
            return true;
        }
        return isRegionalIndicator(cp) && isRegionalIndicator(after) && regionalBefore % 2 == 0;
    }

    private static boolean isModifier(int cp) {
        return cp == 0xFE0E || cp == 0xFE0F || cp == 0x20E3 || (cp >= 0x1F3FB && cp <= 0x1F3FF)
                || (cp >= 0xE0020 && cp <= 0xE007F);
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    /**
     * Whether a code point is part of a pictograph: a symbol from the letterlike symbols (U+2100) on, where arrows,
     * dingbats and every emoji are, or one of their joiners and modifiers. The symbols of Latin-1 ({@code °},
     * {@code ©}) stay with their words ({@code 25°C}).
     */
    static boolean isPart(int cp) {
        return Character.getType(cp) == Character.OTHER_SYMBOL && cp >= 0x2100 || cp == 0x200D || isModifier(cp);
    }
}
