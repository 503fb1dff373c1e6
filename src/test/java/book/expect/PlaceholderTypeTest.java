package book.expect;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaceholderTypeTest {

    @Test
    void everyTypeIsNamedOnceAndListedForMessages() {
        assertEquals("*, word, /regex/, int, number and duration", PlaceholderType.list());
        assertInstanceOf(Token.IntToken.class, PlaceholderType.named("int").orElseThrow().token("0..9"));
        assertInstanceOf(Token.DurationToken.class, PlaceholderType.named("duration").orElseThrow().token(null));
        assertTrue(PlaceholderType.isTypeWord("word"));
        assertFalse(PlaceholderType.isTypeWord("pid"));
    }

    @Test
    void onlyNumbersAndDurationsTakeARange() {
        var e = assertThrows(IllegalArgumentException.class, () -> PlaceholderType.named("word").orElseThrow().token("1..2"));
        assertEquals("{word} takes no range", e.getMessage());
    }
}
