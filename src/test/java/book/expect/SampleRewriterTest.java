package book.expect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SampleRewriterTest {

    private static final String OUTPUT = "void main() {}\n/* Output:\n@unordered\nhello {word}\n@end\n*/\n";

    @Test
    void appendsASampleCommentAfterTheOutputComment() {
        String rewritten = SampleRewriter.rewrite(OUTPUT, List.of("hello world"));
        assertEquals(OUTPUT + "\n/* Sample output:\nhello world\n*/\n", rewritten);
    }

    @Test
    void replacesAnExistingSampleCommentAndNothingElse() {
        String source = OUTPUT + "\n/* Sample output:\nhello old\nhello older\n*/\n// trailing\n";
        String rewritten = SampleRewriter.rewrite(source, List.of("hello new"));
        assertEquals(OUTPUT + "\n/* Sample output:\nhello new\n*/\n// trailing\n", rewritten);
    }

    @Test
    void dropsTrailingWhiteSpaceAndTrailingEmptyLines() {
        String rewritten = SampleRewriter.rewrite(OUTPUT, List.of("hello world  ", "", ""));
        assertEquals(OUTPUT + "\n/* Sample output:\nhello world\n*/\n", rewritten);
    }

    @Test
    void keepsWindowsLineEndings() {
        String source = OUTPUT.replace("\n", "\r\n");
        assertEquals(source + "\r\n/* Sample output:\r\nhi\r\n*/\r\n", SampleRewriter.rewrite(source, List.of("hi")));
    }

    @Test
    void rewrittenSampleIsReadBack() {
        String rewritten = SampleRewriter.rewrite(OUTPUT, List.of("hello world"));
        assertEquals(List.of("hello world"), ExpectationParser.parse(Scripts.SCRIPT, rewritten).sample());
    }

    @Test
    void rejectsASourceWithoutOutputComment() {
        assertThrows(ExpectationSyntaxException.class, () -> SampleRewriter.rewrite("void main() {}\n", List.of("x")));
    }
}
