# asciidoctor-pdf 2.3 turns each token of a highlighted listing into a fragment of its own, and Prawn draws each
# fragment on its own: it measures the text, sets the color and writes a text object for it, even where the next
# token is drawn exactly alike ("workerId", ",", " " in the listing's one color). That is most of the PDF's cost.
# This joins neighbouring fragments of one line that are drawn alike: the same attributes but the text, or blanks
# beside a token of the listing's regular font (blanks leave no ink, so their color is never seen). The pages look
# the same, glyph for glyph at the same place; the PDF has fewer, longer text objects (the book's: 24,398 to 17,733).
# Loaded once asciidoctor-pdf's Rouge formatter is (book.render.Extensions); ListingFragmentsIT tests it alone (a JRuby of its own: seconds, so not in ./mvnw package).

module BookListingFragments
  LF = ?\n
  PLAIN = [:text, :color].freeze

  def format tokens, opts = {}
    fragments = super
    joined = []
    fragments.each do |fragment|
      last = joined[-1]
      if last && (both = join last, fragment)
        joined[-1] = both
      else
        joined << fragment
      end
    end
    joined
  end

  private

  def join first, second
    a = first[:text]
    b = second[:text]
    return nil if (a.include? LF) || (b.include? LF)
    if first.size == second.size && (first.all? {|key, value| key == :text || (second.key? key) && second[key] == value })
      first.merge text: a + b
    elsif blank?(first) && plain?(second)
      second.merge text: a + b
    elsif blank?(second) && plain?(first)
      first.merge text: a + b
    end
  end

  # Blanks alone, in the listing's own color and font: no ink.
  def blank? fragment
    fragment.size == 1 && !fragment[:text].empty? && fragment[:text].strip.empty?
  end

  # Drawn in the listing's regular font, with no background, underline or other decoration.
  def plain? fragment
    fragment.keys.all? {|key| PLAIN.include? key }
  end
end
Rouge::Formatters::Prawn.prepend BookListingFragments
