package book.render;

import org.jruby.embed.LocalContextScope;
import org.jruby.embed.ScriptingContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code pdf-text-caches.rb}, which remembers what Prawn, pdf-core and ttfunk compute again and again, on the gems
 * themselves: the same questions asked (each twice, the second answered from the caches) before it is loaded and
 * after, and the answers compared. The book's own PDF is the same with it and without it (rasterised, compared page
 * for page, when it was written); EbooksIT checks that PDF's text. A JRuby of its own that loads Prawn takes seconds,
 * so this runs in {@code ./mvnw verify}, not in every {@code ./mvnw package}.
 */
class TextCachesIT {

    /** The questions: numbers as the content writes them, codes and encodings of characters, widths, kerning. */
    private static final String ASK = """
            require 'prawn'
            FONTS = File.join Gem::Specification.find_by_name('asciidoctor-pdf').gem_dir, 'data/fonts'
            OPTIONS = [{}, { kerning: true }, { size: 12 }, { style: :bold }, { kerning: true, style: :bold, size: 9 }]
            def ask
              numbers = [0.0, -0.0, 0, 1, 3.0, 12.5, -2.5, 0.1 + 0.2, 1e-7, 123456.789, 595.28, 1.0 / 3, -0.00001]
              reals = (numbers * 2).map {|number| PDF::Core.real number } << PDF::Core.real_params(numbers)
              ttf = TTFunk::File.open "#{FONTS}/notoserif-regular-subset.ttf"
              mac_roman = TTFunk::Subset.for ttf, :mac_roman
              characters = (0..0x2ff).to_a + [0x2013, 0x2014, 0x201c, 0x2022, 0x2026, 0x2192, 0x20ac, 0x4e2d]
              codes = (characters * 2).map {|character| mac_roman.from_unicode character }
              # More than one 8-bit subset holds (256 codes): the Cyrillic and Armenian letters fill a second one.
              letters = (0x400..0x530).map {|c| c.chr Encoding::UTF_8 }.join
              texts = ['plain', 'naïve café', '→ “quoted” …', letters, 'ok →']
              collection = TTFunk::SubsetCollection.new ttf
              encoded = (texts * 2).map do |text|
                parts = collection.encode text.unpack('U*')
                answer = parts.inspect
                parts.each {|(_, part)| part << 'x' }  # as Prawn's kerning appends to the parts it gets
                answer
              end
              pdf = Prawn::Document.new
              pdf.font_families.update 'Noto' => { normal: "#{FONTS}/notoserif-regular-subset.ttf",
                                                   bold: "#{FONTS}/notoserif-bold-subset.ttf" }
              pdf.font 'Noto'
              widths = []
              2.times do
                [10, 10.5].each do |size|
                  pdf.font_size size do
                    OPTIONS.each do |options|
                      ['AVAWAY To', 'To AVAWAY', 'iiiiiiiii', 'naïve café', 'x', ''].each do |text|
                        widths << (pdf.width_of text, options)
                      end
                    end
                  end
                end
                pdf.character_spacing(0.5) { widths << (pdf.width_of 'spaced out', {}) }
                widths << pdf.font.encode_text('AVAWAY To “ok”', kerning: true).inspect
              end
              colors = (['ff0000', '333333', 'FFFFCC', 'ffffcc', [0, 0, 0, 100], [10, 20.5, 30, 0]] * 2).map do |color|
                pdf.send :color_to_s, color
              end
              [reals, codes, encoded, widths, colors].inspect
            end
            """;

    private static ScriptingContainer ruby;
    private static String before;

    @BeforeAll
    static void load() throws IOException {
        ruby = new ScriptingContainer(LocalContextScope.SINGLETHREAD);
        ruby.runScriptlet(ASK);
        before = String.valueOf(ruby.runScriptlet("ask"));
        try (InputStream script = TextCachesIT.class.getResourceAsStream("pdf-text-caches.rb")) {
            ruby.runScriptlet(new String(script.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @AfterAll
    static void stop() {
        ruby.terminate();
    }

    @Test
    void theCachesAnswerAsTheGemsDo() {
        assertEquals(before, String.valueOf(ruby.runScriptlet("ask")));
    }

    @Test
    void theCachesAreInPlace() {
        assertEquals("[true, true, true, true, true, true]", String.valueOf(ruby.runScriptlet(
                "{ TTFunk::Subset::CodePage => BookGlyphCodes, TTFunk::SubsetCollection => BookSubsetEncodings,"
                        + " PDF::Core.singleton_class => BookPdfNumbers, Prawn::FontMetricCache => BookFontWidths,"
                        + " Prawn::Fonts::TTF => BookKerning, Prawn::Document => BookColors }"
                        + ".map {|changed, change| changed.ancestors.include? change }.inspect")));
    }

    @Test
    void negativeZeroKeepsItsSign() {
        assertEquals("[\"0.0\", \"-0.0\", \"0.0\"]",
                String.valueOf(ruby.runScriptlet("[0.0, -0.0, 0.0].map {|number| PDF::Core.real number }.inspect")));
    }
}
