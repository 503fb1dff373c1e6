# Prawn 2.4, pdf-core 0.9 and ttfunk 1.7 (asciidoctor-pdf 2.3's) compute the same answers again and again while the
# PDF is drawn: for each of its some 18,000 text fragments, and for each word they wrap. This remembers them. Each
# answer depends on nothing that changes while a document is drawn, so the PDF is the same byte for byte but its
# dates (book.pdf, and its pages rasterised at 110 dpi and compared, when this was written). A profile of the PDF's
# render (JFR, JRuby compiling every method) put the steps below among its costliest of their own. With this file
# but its colors both ebooks took 45.9 CPU seconds instead of 51.2, and 48.6 instead of 55.0; the colors took them
# from 44.4 to 43.2 (each pair rendered side by side, on a 2-core machine at load 5 to 10).
#
# - ttfunk encodes a fragment one character at a time: it asks each of the font's subsets whether it covers the
#   character, marks it used, asks again whether it is marked and then for its code, and finds each code by
#   converting the character (packed into UTF-8, encoded to MacRoman, an error raised and rescued for each character
#   MacRoman lacks). A character's code in a code page depends on the character and the encoding alone (nil where it
#   has none). Once a collection has encoded some characters, each stays in the subset it went to (a subset never
#   loses one, and one that was full stays full), so encoding them again gives the same parts; callers append to
#   the parts they get, so each call gets parts of its own.
# - pdf-core writes every number of the content (a fragment's place, a font size, a color's parts) through
#   PDF::Core.real: format, then a regular expression with a look-behind that strips the trailing zeros but the one
#   after the point ("12.50000" is "12.5", "3.00000" is "3.0"), for few different numbers (lines sit at the same
#   heights page after page). This strips the same zeros by looking at the last bytes, and remembers each number's
#   text, frozen: callers only put it into other strings. Zero is not remembered: -0.0 is the key of 0.0 but prints
#   "-0.0".
# - Prawn measures each word it wraps through its FontMetricCache, keyed by a Struct of the font's hash (an array of
#   four values hashed anew each time: asciidoctor-pdf's change), the options (a Hash, hashed whole) and the text,
#   looked up twice per call. This keeps the same widths in tables keyed by what a width is computed from: the font
#   (one object per font in a document), the document's font size (which the font's hash holds, and the width uses
#   where the options have no size), the options' size and kerning (all a TrueType font's width reads of them; the
#   style chose the font) and the text.
# - A TrueType font kerns each text it measures or draws anew, pair by pair, through a table keyed by two-element
#   arrays. Its kerning table never changes, and its callers only read what kern returns.
# - Prawn sets the color of each fragment it draws, turning the color's hex string into the content's numbers anew:
#   a regular expression to tell its kind, three slices parsed, divided and written. This remembers each hex
#   string's numbers (frozen, put into the content only); a color given as an array (CMYK) is computed as before.
#
# Loaded once Prawn is (book.render.Extensions); TextCachesIT tests it alone against the gems' own answers.

module BookGlyphCodes
  CODES = Hash.new {|codes, encoding| codes[encoding] = {} }

  def from_unicode character
    codes = (@book_codes ||= CODES[encoding])
    codes.fetch(character) { codes[character] = super }
  end
end
TTFunk::Subset::CodePage.prepend BookGlyphCodes

module BookSubsetEncodings
  def encode characters
    encoded = (@book_encoded ||= {})[characters]
    unless encoded
      parts = super
      @book_encoded[characters.dup.freeze] = parts.map {|(subset, text)| [subset, text.dup.freeze].freeze }.freeze
      return parts
    end
    encoded.map {|(subset, text)| [subset, text.dup] }
  end
end
TTFunk::SubsetCollection.prepend BookSubsetEncodings

module BookPdfNumbers
  ZERO = 48
  POINT = 46
  TEXTS = {}

  def real num
    return book_real num if num.zero?
    TEXTS[num] ||= (book_real num).freeze
  end

  private

  def book_real num
    text = format '%.5f', num
    size = text.bytesize
    size -= 1 while text.getbyte(size - 1) == ZERO && text.getbyte(size - 2) != POINT
    size == text.bytesize ? text : text.byteslice(0, size)
  end
end
PDF::Core.singleton_class.prepend BookPdfNumbers

module BookFontWidths
  def width_of string, options
    font = options[:style] ? (@document.find_font @document.font.family, style: options[:style]) : @document.font
    text = font.normalize_encoding string
    by_font = ((@book_widths ||= {}.compare_by_identity)[font] ||= {})
    by_size = ((by_font[@document.font_size] ||= {})[options[:size]] ||= {})
    widths = (by_size[!!options[:kerning]] ||= {})
    length = (widths[text] ||= font.compute_width_of text, options)
    characters = @document.font.character_count text
    length += @document.character_spacing * (characters - 1) if characters.positive?
    length
  end
end
Prawn::FontMetricCache.prepend BookFontWidths

module BookKerning
  private

  def kern string
    (@book_kerning ||= {})[string] ||= super
  end
end
Prawn::Fonts::TTF.prepend BookKerning

module BookColors
  NUMBERS = {}

  private

  def color_to_s color
    return super unless String === color
    NUMBERS[color] ||= super.freeze
  end
end
Prawn::Graphics::Color.prepend BookColors
